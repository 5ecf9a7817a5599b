package org.budgetlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading the same files again changes nothing; a corrected file replaces its disclosure as a whole; a file that
 * yields nothing never takes a good disclosure away; a deleted file is reported and removed only on purpose; a renamed
 * file is not loaded again.
 */
class ReloadTest {

    static final String SEED_004_ID = "630103-ylbzj/2024/final";

    @TempDir
    Path tmp;

    @Test
    void loadingTheSameFilesTwiceChangesNothing() {
        Path data = RepoData.copyTo(tmp.resolve("data"));
        Path db = tmp.resolve("w.duckdb");
        assertThat(Cli.ingest(db, data).exitCode()).isZero();
        List<String> before = Warehouses.fingerprint(db);

        Cli.Result again = Cli.ingest(db, data);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("files:   5 found = 0 loaded + 5 unchanged (skipped) + 0 rejected + 0 dropped")
                .contains("records: 0 read = 0 loaded + 0 rejected").contains("derived: nothing recomputed");
        assertThat(Warehouses.fingerprint(db)).isEqualTo(before);
        assertThat(Cli.sqlCsv(db, "SELECT run_id, status, files_unchanged FROM load_runs ORDER BY run_id"))
                .containsExactly("run_id,status,files_unchanged", "1,finished,0", "2,finished,5");
    }

    @Test
    void anUnchangedRerunWithAStrayRejectedFileRecomputesNothing() throws IOException {
        Path data = RepoData.copyTo(tmp.resolve("data"));
        Files.writeString(data.resolve("notes.csv"), "not,a,disclosure\n", StandardCharsets.UTF_8);
        Path db = tmp.resolve("w.duckdb");
        Cli.Result first = Cli.ingest(db, data);
        assertThat(first.exitCode()).isEqualTo(3);
        assertThat(first.out()).contains("derived: metrics rebuilt · audit run");
        List<String> before = Warehouses.fingerprint(db);
        List<String> generations = Cli.sqlCsv(db, "SELECT * FROM generations");

        Cli.Result again = Cli.ingest(db, data);

        assertThat(again.exitCode()).as(again.err()).isEqualTo(3);
        assertThat(again.out()).contains("files:   6 found = 0 loaded + 5 unchanged (skipped) + 1 rejected + 0 dropped")
                .contains("derived: nothing recomputed (the metrics and the audit are computed from this data "
                        + "already, generation ");
        assertThat(Warehouses.fingerprint(db)).isEqualTo(before);
        assertThat(Cli.sqlCsv(db, "SELECT * FROM generations")).isEqualTo(generations);
    }

    @Test
    void aFolderGivenTwiceOrAFileAndItsFolderIsReadOnce() {
        Path data = RepoData.copyTo(tmp.resolve("data"));
        Path once = tmp.resolve("once.duckdb");
        Cli.ingest(once, data);
        Path twice = tmp.resolve("twice.duckdb");
        Path aFile = data.resolve("qinghai/xining/630103-ylbzj/2024-final.csv");

        Cli.Result r = Cli.run("--db", twice.toString(), "ingest", data.toString(), aFile.toString(),
                data.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("files:   5 found = 5 loaded");
        assertThat(Warehouses.fingerprint(twice)).isEqualTo(Warehouses.fingerprint(once));
    }

    @Test
    void forceRereadsEveryFileAndStillChangesNothing() {
        Path data = RepoData.copyTo(tmp.resolve("data"));
        Path db = tmp.resolve("w.duckdb");
        Cli.ingest(db, data);
        List<String> before = Warehouses.fingerprint(db);

        Cli.Result forced = Cli.run("--db", db.toString(), "ingest", "--force", data.toString());

        long records = RepoData.recordCount(data);
        assertThat(forced.out()).contains(String.format(java.util.Locale.ROOT,
                "records: %,d read = %,d loaded + 0 rejected", records, records));
        assertThat(Warehouses.fingerprint(db)).isEqualTo(before);
    }

    @Test
    void aCorrectedFileReplacesItsDisclosureAsAWhole() throws IOException {
        Path data = RepoData.copyTo(tmp.resolve("data"));
        Path db = tmp.resolve("w.duckdb");
        Cli.ingest(db, data);
        Path file = RepoData.seedIn(data, RepoData.SEED_004);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        // the correction: one amount changed, the 2101103 rows removed, nothing else
        List<String> corrected = lines.stream()
                .filter(l -> !l.startsWith("gpb_expenditure,2101103,"))
                .map(l -> l.startsWith("gpb_expenditure,total,合计,,total,,,665.38,万元,table,")
                        ? l.replace(",665.38,", ",665.48,") : l)
                .collect(Collectors.toList());
        assertThat(corrected).hasSizeLessThan(lines.size()).isNotEqualTo(lines);
        Files.write(file, corrected, StandardCharsets.UTF_8);
        long expectedRows = corrected.stream().filter(l -> !l.startsWith("#")).count() - 1;

        Cli.Result reload = Cli.ingest(db, data);

        assertThat(reload.out()).contains("files:   5 found = 1 loaded + 4 unchanged (skipped)"
                + " + 0 rejected + 0 dropped");
        assertThat(Cli.sqlValue(db, "SELECT amount FROM line_items WHERE disclosure_id = '" + SEED_004_ID
                + "' AND table_id = 'gpb_expenditure' AND line_code = 'total' AND measure = 'total' "
                + "AND origin = 'table'")).isEqualTo("665.48");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM line_items WHERE disclosure_id = '" + SEED_004_ID
                + "' AND table_id = 'gpb_expenditure' AND line_code = '2101103'")).isEqualTo("0");
        assertThat(Cli.sqlValue(db, "SELECT line_item_count + fact_count + table_count FROM disclosures "
                + "WHERE disclosure_id = '" + SEED_004_ID + "'")).isEqualTo(Long.toString(expectedRows));
        assertThat(Cli.sqlValue(db, "SELECT (SELECT count(*) FROM line_items WHERE disclosure_id = '" + SEED_004_ID
                + "') + (SELECT count(*) FROM facts WHERE disclosure_id = '" + SEED_004_ID + "') + (SELECT count(*) "
                + "FROM disclosure_tables WHERE disclosure_id = '" + SEED_004_ID + "')"))
                .isEqualTo(Long.toString(expectedRows));
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM disclosures")).isEqualTo("4");
    }

    @Test
    void aFileThatNowDefinesAnotherDisclosureTakesItsOldOneAway() throws IOException {
        Path data = RepoData.copyTo(tmp.resolve("data"));
        Path db = tmp.resolve("w.duckdb");
        Cli.ingest(db, data);
        RepoData.rewrite(RepoData.seedIn(data, RepoData.SEED_004),
                text -> text.replace("# fiscal_year: 2024", "# fiscal_year: 2023"));

        Cli.ingest(db, data);

        assertThat(Cli.sqlCsv(db, "SELECT disclosure_id FROM disclosures WHERE agency_id = '630103-ylbzj'"))
                .containsExactly("disclosure_id", "630103-ylbzj/2023/final");
    }

    @Test
    void aFileRejectedAsAWholeLeavesThePreviousVersionInPlace() throws IOException {
        Path data = RepoData.copyTo(tmp.resolve("data"));
        Path db = tmp.resolve("w.duckdb");
        Cli.ingest(db, data);
        List<String> before = Warehouses.fingerprint(db);
        RepoData.rewrite(RepoData.seedIn(data, RepoData.SEED_004),
                text -> text.replace("# kind: final", "# kind: finale"));

        Cli.Result broken = Cli.ingest(db, data);

        assertThat(broken.exitCode()).isEqualTo(3);
        assertThat(broken.out()).contains("+ 1 rejected");
        assertThat(withoutRejects(Warehouses.fingerprint(db))).isEqualTo(withoutRejects(before));
        assertThat(Cli.sqlValue(db, "SELECT DISTINCT reason FROM rejects WHERE source_file LIKE '%630103-ylbzj%'"))
                .isEqualTo("file rejected: front matter line 4: kind 'finale' is not one of budget, final, "
                        + "performance");
    }

    @Test
    void aFileWhoseEveryRecordIsRejectedKeepsThePreviousVersionAndSaysSo() throws IOException {
        Path data = RepoData.copyTo(tmp.resolve("data"));
        Path db = tmp.resolve("w.duckdb");
        Cli.ingest(db, data);
        List<String> before = Warehouses.fingerprint(db);
        Path file = RepoData.seedIn(data, RepoData.SEED_004);
        long records = RepoData.recordCount(file.getParent());
        // every record names a table that does not exist: each is rejected, none is valid
        RepoData.rewrite(file, text -> String.join("\n", text.lines()
                .map(l -> l.startsWith("#") || l.startsWith("table_id,") ? l : "no_such_" + l).toList()) + "\n");

        Cli.Result broken = Cli.ingest(db, data);

        assertThat(broken.exitCode()).isEqualTo(3);
        assertThat(broken.out()).contains("files:   5 found = 0 loaded + 4 unchanged (skipped) + 1 rejected + 0 dropped")
                .contains(String.format(java.util.Locale.ROOT, "records: %,d read = 0 loaded + %,d rejected",
                        records, records))
                .contains("kept:    1 disclosure(s) at the version loaded before, their file now rejected")
                .contains("         " + file.toAbsolutePath().normalize() + " (" + SEED_004_ID + ")")
                .contains("derived: nothing recomputed");
        assertThat(withoutRejects(Warehouses.fingerprint(db))).isEqualTo(withoutRejects(before));
        assertThat(Cli.sqlValue(db, "SELECT reason FROM rejects WHERE file_line = 0 AND source_file LIKE "
                + "'%630103-ylbzj%'")).isEqualTo("file rejected: no record of the file is valid, so it loads "
                        + "nothing (a version of its disclosure loaded before stays as it was)");

        Path fresh = tmp.resolve("fresh.duckdb");
        Cli.ingest(fresh, data);
        assertThat(Cli.sqlValue(fresh, "SELECT count(*) FROM disclosures WHERE disclosure_id = '" + SEED_004_ID
                + "'")).as("no empty disclosure where there was none").isEqualTo("0");
    }

    @Test
    void aDeletedFileIsReportedAndOnlyPruneRemovesItsDisclosure() throws IOException {
        Path data = RepoData.copyTo(tmp.resolve("data"));
        Path db = tmp.resolve("w.duckdb");
        Cli.ingest(db, data);
        Path file = RepoData.seedIn(data, RepoData.SEED_002).toAbsolutePath().normalize();
        Files.delete(file);
        String goneId = "650100-ylbzj-hz/2022/budget";

        Cli.Result reported = Cli.ingest(db, data);

        assertThat(reported.exitCode()).as(reported.err()).isZero();
        assertThat(reported.out()).contains("gone:    1 disclosure(s) whose file is gone: still in the warehouse; "
                + "run the same command with --prune to remove them\n         " + file + " (" + goneId + ")")
                .contains("derived: nothing recomputed");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM disclosures")).isEqualTo("4");
        Cli.Result elsewhere = Cli.ingest(db, data.resolve("qinghai"));
        assertThat(elsewhere.out()).as("a disclosure outside the folders given is not judged").doesNotContain("gone");

        Cli.Result pruned = Cli.run("--db", db.toString(), "ingest", "--prune", data.toString());

        assertThat(pruned.exitCode()).as(pruned.err()).isZero();
        assertThat(pruned.out()).contains("removed: 1 disclosure(s) whose file is gone (--prune), with their metrics "
                + "and audit findings\n         " + file + " (" + goneId + ")")
                .contains("derived: metrics rebuilt · audit run");
        Path fresh = tmp.resolve("fresh.duckdb");
        Cli.ingest(fresh, data);
        assertThat(Warehouses.fingerprint(db)).isEqualTo(Warehouses.fingerprint(fresh));
        assertThat(Cli.run("--db", db.toString(), "ingest", "--prune", data.toString()).out())
                .doesNotContain("gone").doesNotContain("removed").contains("derived: nothing recomputed");
    }

    @Test
    void aRenamedFileMovesItsBookkeepingInsteadOfLoadingAgain() throws IOException {
        Path data = RepoData.copyTo(tmp.resolve("data"));
        Path db = tmp.resolve("w.duckdb");
        Cli.ingest(db, data);
        Path from = RepoData.seedIn(data, RepoData.SEED_004).toAbsolutePath().normalize();
        Path to = data.resolve("qinghai/630103-ylbzj-2024-final.csv").toAbsolutePath().normalize();
        Files.move(from, to);

        Cli.Result moved = Cli.ingest(db, data);

        assertThat(moved.exitCode()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("files:   5 found = 0 loaded + 5 unchanged (skipped) + 0 rejected + 0 dropped")
                .contains("moved:   1 file(s) renamed, same content: the disclosure keeps what was loaded and now "
                        + "names the new path\n         " + from + " -> " + to + " (" + SEED_004_ID + ")")
                .doesNotContain("gone").contains("derived: nothing recomputed");
        Path fresh = tmp.resolve("fresh.duckdb");
        Cli.ingest(fresh, data);
        assertThat(Warehouses.fingerprint(db)).isEqualTo(Warehouses.fingerprint(fresh));
        assertThat(Cli.ingest(db, data).out()).doesNotContain("moved")
                .contains("files:   5 found = 0 loaded + 5 unchanged (skipped) + 0 rejected + 0 dropped");
    }

    private static List<String> withoutRejects(List<String> fingerprint) {
        return fingerprint.stream().filter(l -> !l.startsWith("rejects,")).toList();
    }
}
