package org.budgetlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.budgetlens.report.ReportOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} on a warehouse loaded from data/: what it names its folder, and a selection that matches nothing. */
class ReportCommandTest {

    @TempDir
    static Path tmp;

    static Path db;

    @BeforeAll
    static void load() {
        db = tmp.resolve("other-warehouse.duckdb");
        assertThat(Cli.ingest(db, RepoData.DATA).exitCode()).isZero();
    }

    @Test
    void aYearWithoutDisclosuresExitsFiveAndSaysWhatExists() {
        Cli.Result r = Cli.run("--db", db.toString(), "report", "--year", "1999", "--out", tmp.resolve("y").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.NO_MATCH);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("nothing matched the selection. The warehouse holds years: 2022, 2023, 2024; "
                + "regions (--region): 630103, 650100, 650104; sectors (--sector): 医疗保障.\n");
        assertThat(tmp.resolve("y")).doesNotExist();
    }

    @Test
    void aRegionOrSectorWithoutDisclosuresExitsFive() {
        Cli.Result region = Cli.run("--db", db.toString(), "report", "--region", "999999", "--out",
                tmp.resolve("r").toString());
        Cli.Result sector = Cli.run("--db", db.toString(), "report", "--region", "650000", "--sector", "教育",
                "--out", tmp.resolve("s").toString());

        assertThat(region.exitCode()).isEqualTo(ExitCode.NO_MATCH);
        assertThat(region.err()).startsWith("nothing matched the selection. The warehouse holds years: 2022, 2023, "
                + "2024;");
        assertThat(sector.exitCode()).isEqualTo(ExitCode.NO_MATCH);
        assertThat(tmp.resolve("r")).doesNotExist();
        assertThat(tmp.resolve("s")).doesNotExist();
    }

    @Test
    void aSelectionThatMatchesIsWritten() {
        Cli.Result r = Cli.run("--db", db.toString(), "report", "--region", "650000", "--out",
                tmp.resolve("xinjiang").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(tmp.resolve("xinjiang/index.html")).isRegularFile();
    }

    @Test
    void anotherWarehousesReportIsNamedAfterItAndLeavesTheDefaultOnesFolderAlone() throws IOException {
        Path expected = Path.of("reports", "other-warehouse-report-2024-650000");
        Path defaultOne = Path.of("reports", "report-2024-650000");
        boolean defaultExisted = Files.exists(defaultOne);
        try {
            Cli.Result r = Cli.run("--db", db.toString(), "report", "--year", "2024", "--region", "650000");

            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out().strip()).isEqualTo(expected.resolve("index.html").toAbsolutePath().toString());
            assertThat(expected.resolve("index.html")).isRegularFile();
            assertThat(Files.exists(defaultOne)).isEqualTo(defaultExisted);
        } finally {
            delete(expected);
        }
    }

    @Test
    void theDefaultWarehousesReportKeepsItsDocumentedFolder() {
        ReportOptions all = new ReportOptions(null, null, null, "final", "本级", 20, null);
        ReportOptions some = new ReportOptions(2024, "630000", "医疗保障", "final", "本级", 20, null);

        assertThat(ReportCommand.defaultFolder(RootCommand.DEFAULT_DB, all))
                .isEqualTo(Path.of("reports", "report-latest-all-regions"));
        assertThat(ReportCommand.defaultFolder(RootCommand.DEFAULT_DB.toAbsolutePath(), some))
                .isEqualTo(Path.of("reports", "report-2024-630000-医疗保障"));
        assertThat(ReportCommand.defaultFolder(Path.of("elsewhere", "prov.2024.DuckDB"), all))
                .isEqualTo(Path.of("reports", "prov_2024-report-latest-all-regions"));
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
