package org.budgetlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same data in GB18030 (Excel on Chinese Windows), UTF-8 with BOM, or with CRLF loads to the same warehouse. */
class EncodingTest {

    @TempDir
    Path tmp;

    @Test
    void gb18030BomAndCrlfCopiesLoadIdentically() throws IOException {
        Path db = tmp.resolve("utf8.duckdb");
        assertThat(Cli.ingest(db, RepoData.copyTo(tmp.resolve("utf8"))).exitCode()).isZero();
        List<String> expected = contentFingerprint(db);

        assertThat(loadTranscoded("gb18030", Charset.forName("GB18030"), false, "\n")).isEqualTo(expected);
        assertThat(loadTranscoded("bom", StandardCharsets.UTF_8, true, "\n")).isEqualTo(expected);
        assertThat(loadTranscoded("crlf", StandardCharsets.UTF_8, false, "\r\n")).isEqualTo(expected);
    }

    @Test
    void theEncodingReadIsRecorded() throws IOException {
        loadTranscoded("gb", Charset.forName("GB18030"), false, "\n");
        assertThat(Cli.sqlCsv(tmp.resolve("gb.duckdb"), "SELECT DISTINCT encoding FROM disclosures"))
                .containsExactly("encoding", "GB18030");
    }

    private List<String> loadTranscoded(String name, Charset charset, boolean bom, String newline) throws IOException {
        Path dir = RepoData.copyTo(tmp.resolve(name));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8).replace("\n", newline);
                byte[] body = text.getBytes(charset);
                byte[] out = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body;
                Files.write(f, out);
            }
        }
        Path db = tmp.resolve(name + ".duckdb");
        Cli.Result r = Cli.ingest(db, dir);
        assertThat(r.exitCode()).as(name + ": " + r.out() + r.err()).isZero();
        return contentFingerprint(db);
    }

    /** Everything loaded, independent of file paths. */
    private static List<String> contentFingerprint(Path db) {
        return Cli.sqlCsv(db, """
                SELECT 'items', count(*), sum(amount), sum(hash(disclosure_id, table_id, line_code, line_name, detail,
                       measure, stat, base, amount, source_value, origin, section, source_line, note, file_line))
                FROM line_items
                UNION ALL SELECT 'facts', count(*), sum(value), sum(hash(disclosure_id, name, line_name, detail, value,
                       unit, note, file_line)) FROM facts
                UNION ALL SELECT 'agencies', count(*), NULL, sum(hash(agency_id, agency_name, province, city, county))
                FROM agencies ORDER BY 1
                """);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
