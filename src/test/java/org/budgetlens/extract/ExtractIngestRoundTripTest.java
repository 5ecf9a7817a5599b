package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What extract writes from the seeds (the 绩效自评报告 001 included) loads with ingest, without a reject. */
class ExtractIngestRoundTripTest {

    @TempDir
    Path tmp;

    @Test
    void extractedSeedsIngestWithoutRejects() throws Exception {
        Path out = tmp.resolve("out");
        Cli.Result x = Cli.run("extract", RepoData.DATA.resolve("sources").toString(), "--out", out.toString(),
                "--registry", RepoData.DATA.resolve("agencies.csv").toString());
        assertThat(x.exitCode()).as(x.err()).isZero();
        Files.copy(RepoData.DATA.resolve("agencies.csv"), out.resolve("agencies.csv"));

        Cli.Result r = Cli.ingest(tmp.resolve("w.duckdb"), out);

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out() + r.err()).contains("0 rejected");
        assertThat(Cli.sqlValue(tmp.resolve("w.duckdb"), "SELECT count(*) FROM disclosures")).isEqualTo("4");
        assertThat(out.resolve("650104-ylbzj/2023-performance.extraction.md")).exists();
    }
}
