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

/** Loading the same files again changes nothing; a corrected file replaces its disclosure as a whole. */
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
                .contains("records: 0 read = 0 loaded + 0 rejected");
        assertThat(Warehouses.fingerprint(db)).isEqualTo(before);
        assertThat(Cli.sqlCsv(db, "SELECT run_id, status, files_unchanged FROM load_runs ORDER BY run_id"))
                .containsExactly("run_id,status,files_unchanged", "1,finished,0", "2,finished,5");
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

    private static List<String> withoutRejects(List<String> fingerprint) {
        return fingerprint.stream().filter(l -> !l.startsWith("rejects,")).toList();
    }
}
