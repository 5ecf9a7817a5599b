package org.budgetlens.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Writes a benchmark's summary into a Markdown file between {@code <!-- benchmark:begin -->} and
 * {@code <!-- benchmark:end -->} (appended when the markers are missing), with the command that reproduces it.
 */
public final class BenchmarkRecord {

    static final String BEGIN = "<!-- benchmark:begin -->";
    static final String END = "<!-- benchmark:end -->";

    private BenchmarkRecord() {
    }

    public static void write(Path file, String command, String summary) throws IOException {
        String block = BEGIN + "\n### Latest recorded run (" + LocalDate.now(ZoneOffset.UTC) + ")\n\n```bash\n"
                + command + "\n```\n\n" + summary.strip() + "\n" + END;
        String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String updated = begin >= 0 && end > begin
                ? text.substring(0, begin) + block + text.substring(end + END.length())
                : text + (text.isEmpty() || text.endsWith("\n\n") ? "" : "\n") + block + "\n";
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
