package org.budgetlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A raw disclosure placed in an input folder without its normalized CSV flows through extract into the warehouse
 * in one ingest, citing the .txt; a rerun gives the same warehouse.
 */
class RawDisclosureIngestTest {

    private static final String SEED = "004_5010c9f98508a758.txt";

    @TempDir
    Path tmp;

    @Test
    void rawTextIsExtractedThenIngested() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sources"));
        Files.copy(RepoData.DATA.resolve("agencies.csv"), in.resolve("agencies.csv"));
        Files.copy(RepoData.DATA.resolve("sources").resolve(SEED), in.resolve("sources").resolve(SEED));
        Path db = tmp.resolve("w.duckdb");

        Cli.Result r = Cli.ingest(db, in);

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).contains("extract: ").contains(SEED).contains("630103-ylbzj");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM disclosures")).isEqualTo("1");
        assertThat(Cli.sqlValue(db, "SELECT source_doc FROM disclosures")).isEqualTo("sources/" + SEED);
        String figures = "SELECT count(*) FROM line_items WHERE disclosure_id = '630103-ylbzj/2024/final'";
        long loaded = Long.parseLong(Cli.sqlValue(db, figures));
        assertThat(loaded).isGreaterThan(200);

        Cli.Result again = Cli.ingest(db, in);
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(Cli.sqlValue(db, figures)).isEqualTo(Long.toString(loaded));
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM disclosures")).isEqualTo("1");
    }

    @Test
    void aDisclosureWhoseDocumentIsGoneIsReportedByTheDocument() throws Exception {
        Path in = tmp.resolve("in");
        Path doc = in.resolve("sources").resolve(SEED).toAbsolutePath().normalize();
        Files.createDirectories(doc.getParent());
        Files.copy(RepoData.DATA.resolve("agencies.csv"), in.resolve("agencies.csv"));
        Files.copy(RepoData.DATA.resolve("sources").resolve(SEED), doc);
        Path other = tmp.resolve("other");
        Files.createDirectories(other);
        Files.copy(RepoData.DATA.resolve("agencies.csv"), other.resolve("agencies.csv"));
        Files.copy(RepoData.SEED_002, other.resolve("2022-budget.csv"));
        Path db = tmp.resolve("w.duckdb");
        Cli.ingest(db, in);

        // another folder's run rewrites the extraction folder: the document's disclosure is not judged by it
        Cli.Result elsewhere = Cli.ingest(db, other);
        assertThat(elsewhere.exitCode()).as(elsewhere.out() + elsewhere.err()).isZero();
        assertThat(elsewhere.out()).doesNotContain("gone");
        Files.delete(doc);
        Cli.Result gone = Cli.ingest(db, in);
        assertThat(gone.out()).contains("gone:    1 disclosure(s) whose file is gone")
                .contains("         " + doc + " (630103-ylbzj/2024/final)");
        Cli.Result pruned = Cli.run("--db", db.toString(), "ingest", "--prune", in.toString());
        assertThat(pruned.out()).contains("removed: 1 disclosure(s) whose file is gone");
        assertThat(Cli.sqlCsv(db, "SELECT disclosure_id FROM disclosures"))
                .containsExactly("disclosure_id", "650100-ylbzj-hz/2022/budget");
    }

    @Test
    void citedTextIsNotExtracted() throws Exception {
        Path db = tmp.resolve("w.duckdb");
        Cli.Result r = Cli.ingest(db, RepoData.DATA);
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).doesNotContain("extract: ");
        assertThat(RawDisclosures.folder(db)).doesNotExist();
    }

    @Test
    void aTextCitedFromAnotherFolderIsSkippedAndSaysSo() throws Exception {
        Path db = tmp.resolve("partial.duckdb");
        Cli.Result r = Cli.ingest(db, RepoData.DATA.resolve("agencies.csv"), RepoData.DATA.resolve("xinjiang"),
                RepoData.DATA.resolve("qinghai"), RepoData.DATA.resolve("sources"));
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).contains("extract: skipped ").contains("a normalized file cites sources/004_")
                .doesNotContain(" -> ");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM disclosures")).isEqualTo("4");
    }
}
