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

    private BenchmarkRecord() {
    }

    public static void write(Path file, String command, String summary) throws IOException {
        write(file, "benchmark", "Latest recorded run", command, summary);
    }

    /**
     * Writes a summary between {@code <!-- NAME:begin -->} and {@code <!-- NAME:end -->} under a heading with the
     * date (the mutation run keeps its own markers, so either record leaves the other in place).
     */
    public static void write(Path file, String name, String heading, String command, String summary)
            throws IOException {
        String begin = "<!-- " + name + ":begin -->";
        String end = "<!-- " + name + ":end -->";
        String block = begin + "\n### " + heading + " (" + LocalDate.now(ZoneOffset.UTC) + ")\n\n```bash\n"
                + command + "\n```\n\n" + summary.strip() + "\n" + end;
        String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        String updated = from >= 0 && to > from
                ? text.substring(0, from) + block + text.substring(to + end.length())
                : text + (text.isEmpty() || text.endsWith("\n\n") ? "" : "\n") + block + "\n";
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
