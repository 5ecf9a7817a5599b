package org.budgetlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end on a tiny corpus (its timings are measured by hand, not asserted here). */
class BenchmarkCommandTest {

    @TempDir
    Path tmp;

    @Test
    void measuresReferenceIngestAndRerunOnTheSameFiles() {
        Cli.Result r = Cli.run("benchmark", "--copies", "2", "--data", RepoData.DATA.toString(), "--work",
                tmp.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        long records = 2 * RepoData.recordCount(RepoData.DATA); // registry rows included
        long figureRows = records - 2 * 3; // what read_csv of the disclosure files reads
        assertThat(r.out()).contains(String.format(java.util.Locale.ROOT,
                "Files: 2 copies of data/; 8 disclosure files, %,d records", records))
                .contains("| DuckDB read_csv of the files (reference) |")
                .contains("| ingest: load (read, validate, load, all counted) |")
                .contains("Ingest load / read_csv throughput: **")
                .contains("Machine: ");
        assertThat(Cli.sqlValue(tmp.resolve("ingest.duckdb"), "SELECT count(*) FROM disclosures")).isEqualTo("8");
        assertThat(Cli.sqlValue(tmp.resolve("reference.duckdb"), "SELECT count(*) FROM reference_load"))
                .isEqualTo(Long.toString(figureRows));
    }

    @Test
    void onAGeneratedProvinceItScoresTheAuditAndRecordsTheRun() throws java.io.IOException {
        Path doc = tmp.resolve("benchmarks.md");
        java.nio.file.Files.writeString(doc, "# Benchmarks\n\nkept\n");
        Cli.Result r = Cli.run("benchmark", "--agencies", "12", "--years", "2", "--defect-rate", "0.5", "--data",
                RepoData.DATA.toString(), "--work", tmp.toString(), "--record", doc.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Files: generated 青海省: 12 agencies × 2 years")
                .containsPattern("Audit against the answer key: \\d+ planted defects, \\d+ found \\(recall "
                        + "\\*\\*100\\.0%\\*\\*\\); false alarms: \\*\\*0\\*\\*")
                .contains("| extraction of published text (");
        String recorded = java.nio.file.Files.readString(doc);
        assertThat(recorded).startsWith("# Benchmarks\n\nkept\n").contains("<!-- benchmark:begin -->")
                .contains("benchmark --agencies 12 --years 2").contains("<!-- benchmark:end -->");
        Cli.run("benchmark", "--agencies", "12", "--years", "2", "--defect-rate", "0.5", "--data",
                RepoData.DATA.toString(), "--work", tmp.toString(), "--keep-corpus", "--record", doc.toString());
        assertThat(java.nio.file.Files.readString(doc).split("benchmark:begin", -1)).as("replaced, not appended")
                .hasSize(2);
    }
}
