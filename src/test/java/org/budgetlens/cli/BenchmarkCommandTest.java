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
                "Corpus: 8 disclosure files (2 copies of data/), %,d records", records))
                .contains("| DuckDB read_csv of the files (reference) |")
                .contains("| ingest: load (read, validate, load, all counted) |")
                .contains("Ingest load / read_csv throughput: **")
                .contains("Machine: ");
        assertThat(Cli.sqlValue(tmp.resolve("ingest.duckdb"), "SELECT count(*) FROM disclosures")).isEqualTo("8");
        assertThat(Cli.sqlValue(tmp.resolve("reference.duckdb"), "SELECT count(*) FROM reference_load"))
                .isEqualTo(Long.toString(figureRows));
    }
}
