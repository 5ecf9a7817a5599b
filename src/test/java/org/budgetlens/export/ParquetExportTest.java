package org.budgetlens.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.budgetlens.cli.ExitCode;
import org.budgetlens.metrics.NamedQuery;
import org.budgetlens.metrics.QueryFilter;
import org.budgetlens.warehouse.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export --parquet on the real data/: the Parquet read back recomputes every view and metric, row for row, as the
 * warehouse has them; money stays DECIMAL; Chinese text survives; the folders are Hive partitions.
 */
class ParquetExportTest {

    @TempDir
    static Path tmp;

    static Path db;
    static Path out;
    static Cli.Result export;
    static Warehouse warehouse;
    static Connection readBack;

    @BeforeAll
    static void ingestAndExport() throws SQLException {
        db = tmp.resolve("w.duckdb");
        assertThat(Cli.ingest(db, RepoData.DATA).exitCode()).isZero();
        out = tmp.resolve("export");
        export = Cli.run("--db", db.toString(), "export", "--parquet", out.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        warehouse = Warehouse.openReadOnly(db);
        readBack = ExportReadBack.open(out);
    }

    @AfterAll
    static void close() throws SQLException {
        readBack.close();
        warehouse.close();
    }

    @Test
    void everyViewAndMetricRecomputedFromTheParquetEqualsTheWarehouses() throws SQLException {
        List<List<String>> views = ExportReadBack.rows(warehouse.connection(),
                "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1");
        List<String> names = views.subList(1, views.size()).stream().map(r -> r.get(0)).toList();
        assertThat(ExportReadBack.rows(readBack, "SELECT view_name FROM duckdb_views() WHERE NOT internal")
                .stream().map(r -> r.get(0)).toList()).containsAll(names);
        assertThat(names).contains("line_items", "facts", "disclosures", "figures", "execution_rates",
                "personnel_shares", "three_public", "agency_trend", "metric_values", "audit_findings");
        for (String view : names) {
            String sql = "SELECT * FROM " + view + " ORDER BY ALL";
            assertThat(ExportReadBack.rows(readBack, sql)).as(view)
                    .isEqualTo(ExportReadBack.rows(warehouse.connection(), sql));
        }
        assertThat(ExportReadBack.rows(readBack, "SELECT * FROM metric_values")).hasSizeGreaterThan(20);
    }

    @Test
    void everyNamedQueryGivesTheSameRowsOverTheParquet() throws SQLException {
        QueryFilter all = new QueryFilter(null, null, null, null, "personnel_share_of_basic_pct", Set.of("province"));
        for (NamedQuery query : NamedQuery.all()) {
            List<List<String>> expected = run(query, warehouse.connection(), all);
            assertThat(expected).as(query.name()).hasSizeGreaterThan(1);
            assertThat(run(query, readBack, all)).as(query.name()).isEqualTo(expected);
        }
    }

    private static List<List<String>> run(NamedQuery query, Connection connection, QueryFilter filter)
            throws SQLException {
        try (PreparedStatement statement = query.prepare(connection, filter);
                ResultSet rows = statement.executeQuery()) {
            return ExportReadBack.rows(rows);
        }
    }

    @Test
    void everyRowIsWrittenAndThePrintoutSaysWhat() throws SQLException {
        for (String table : List.of("agency", "disclosure", "disclosure_table", "line_item", "fact", "audit_rule",
                "audit_result", "reject", "load_run")) {
            String count = "SELECT count(*) FROM " + table;
            List<List<String>> rows = ExportReadBack.rows(warehouse.connection(), count);
            assertThat(ExportReadBack.rows(readBack, count)).as(table).isEqualTo(rows);
            assertThat(export.out()).containsPattern("(?m)^" + table + " +" + String.format("%,d",
                    Long.parseLong(rows.get(1).get(0))) + " +\\d+ +[\\d,]+$");
        }
        assertThat(ExportReadBack.rows(warehouse.connection(), "SELECT count(*) FROM line_item").get(1).get(0))
                .isEqualTo("752");
        assertThat(export.out()).containsPattern("(?m)^total +[\\d,]+ +\\d+ +[\\d,]+$")
                .containsPattern("(?m)^9 tables in \\d+\\.\\d\\d s$");
    }

    @Test
    void moneyStaysDecimalInTheParquetSchema() throws SQLException {
        for (String table : List.of("line_item", "fact")) {
            String column = table.equals("line_item") ? "amount" : "value";
            String schema = "SELECT DISTINCT type, logical_type FROM parquet_schema("
                    + CopyStatement.literal(out.resolve(table).toAbsolutePath() + "/**/*.parquet")
                    + ") WHERE name = '" + column + "'";
            assertThat(ExportReadBack.rows(readBack, schema)).as(table).containsExactly(
                    List.of("type VARCHAR", "logical_type VARCHAR"),
                    List.of("FIXED_LEN_BYTE_ARRAY", "DecimalType(scale=6, precision=22)"));
            assertThat(ExportReadBack.rows(readBack, "SELECT DISTINCT typeof(" + column + ") AS t FROM " + table))
                    .containsExactly(List.of("t VARCHAR"), List.of("DECIMAL(22,6)"));
        }
        assertThat(ExportReadBack.rows(readBack, "SELECT amount FROM line_items WHERE disclosure_id = "
                + "'630103-ylbzj/2024/final' AND table_id = 'gpb_expenditure' AND line_code = 'total' "
                + "AND measure = 'total' AND stat = '' AND origin = 'table'"))
                .containsExactly(List.of("amount DECIMAL(22,6)"), List.of("665.380000"));
    }

    @Test
    void chineseTextRoundTripsAndThePartitionFoldersAreAsciiHiveKeys() throws Exception {
        String provinces = "SELECT DISTINCT province, left(region_code, 2) AS code FROM disclosures ORDER BY 1";
        assertThat(ExportReadBack.rows(readBack, provinces)).containsExactly(
                List.of("province VARCHAR", "code VARCHAR"), List.of("新疆维吾尔自治区", "65"), List.of("青海省", "63"));
        assertThat(ExportReadBack.rows(readBack, "SELECT DISTINCT fiscal_year, province_code FROM "
                + ExportReadBack.source(table("line_item"), out) + " ORDER BY ALL")).containsExactly(
                List.of("fiscal_year INTEGER", "province_code VARCHAR"), List.of("2022", "65"), List.of("2023", "65"),
                List.of("2024", "63"), List.of("2024", "65"));
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isDirectory).filter(p -> !p.equals(out)).toList()) {
                String name = p.getFileName().toString();
                assertThat(name).as(out.relativize(p).toString())
                        .matches("fiscal_year=\\d{4}|province_code=\\d{2}|[a-z_]+");
            }
        }
        assertThat(out.resolve("line_item/fiscal_year=2024/province_code=63")).isDirectory();
        assertThat(out.resolve("agency/data_0.parquet")).isRegularFile();
    }

    @Test
    void aFolderThatIsNotEmptyNeedsOverwriteWhichReplacesOnlyTheTableFolders() throws Exception {
        Path dir = tmp.resolve("it's a folder");
        Files.createDirectories(dir.resolve("line_item/fiscal_year=1999"));
        Files.writeString(dir.resolve("line_item/fiscal_year=1999/stale.parquet"), "stale");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Cli.Result refused = Cli.run("--db", db.toString(), "export", "--parquet", dir.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).isEqualTo("error: " + dir + " is not empty: choose an empty or new folder, or add "
                + "--overwrite to replace the table folders in it\n");
        Cli.Result replaced = Cli.run("--db", db.toString(), "export", "--parquet", dir.toString(), "--overwrite");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(dir.resolve("line_item/fiscal_year=1999")).doesNotExist();
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
        try (Connection again = ExportReadBack.open(dir)) {
            assertThat(ExportReadBack.rows(again, "SELECT * FROM metric_values ORDER BY ALL"))
                    .isEqualTo(ExportReadBack.rows(readBack, "SELECT * FROM metric_values ORDER BY ALL"));
        }
    }

    @Test
    void usageAndFailuresHaveTheirExitCodes() throws Exception {
        assertThat(Cli.run("export", "--help").out()).contains("Usage: budgetlens export")
                .contains("--parquet=DIR").contains("--overwrite").contains("province_code").contains("Exit codes:");
        assertThat(Cli.run("--db", db.toString(), "export").exitCode()).isEqualTo(ExitCode.USAGE);
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertThat(Cli.run("--db", db.toString(), "export", "--parquet", file.toString()).exitCode())
                .isEqualTo(ExitCode.USAGE);
        Cli.Result missing = Cli.run("--db", tmp.resolve("none.duckdb").toString(), "export", "--parquet",
                tmp.resolve("none").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(missing.err()).startsWith("error: no warehouse at ");
    }

    private static ExportTable table(String name) {
        return ExportTable.ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
