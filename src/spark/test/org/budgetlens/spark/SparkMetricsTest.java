package org.budgetlens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.SparkSession;
import org.budgetlens.Cli;
import org.budgetlens.metrics.NamedQuery;
import org.budgetlens.metrics.QueryFilter;
import org.budgetlens.warehouse.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metric SQL on Spark against DuckDB's on a generated province (20 agencies, 2 years, the generator's defects,
 * so that audit flags are set): generate, ingest, export --parquet, then every view, every metric and every named
 * query computed by Spark from the Parquet equals the warehouse's row for row — numbers by exact decimal value,
 * NULL = NULL.
 */
class SparkMetricsTest {

    @TempDir
    static Path tmp;

    static Path db;
    static Path export;
    static Warehouse warehouse;
    static SparkSession spark;
    static MetricJob job;

    @BeforeAll
    static void generateIngestExportAndCompute() {
        Path province = tmp.resolve("province");
        Cli.Result generated = Cli.run("generate", "--agencies", "20", "--years", "2", "--seed", "7", "--out",
                province.toString());
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        db = tmp.resolve("w.duckdb");
        Cli.Result ingest = Cli.ingest(db, province.resolve("agencies.csv"), province.resolve("qinghai"));
        assertThat(ingest.exitCode()).as(ingest.err()).isIn(0, 3);
        export = tmp.resolve("export");
        Cli.Result exported = Cli.run("--db", db.toString(), "export", "--parquet", export.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        warehouse = Warehouse.openReadOnly(db);
        spark = LocalSpark.start("local[2]");
        // tiny data: compiling each plan to Java costs more than it saves (the class runs in ~95 s, not ~120 s)
        spark.conf().set("spark.sql.codegen.wholeStage", "false");
        job = MetricJob.over(spark, export);
    }

    @AfterAll
    static void close() {
        warehouse.close();
        spark.stop(); // the rest of the suite runs in this JVM: its memory back
    }

    @Test
    void everyViewAndMetricComputedBySparkEqualsTheWarehouses() throws SQLException {
        List<String> names = Canonical.of(warehouse.connection(),
                "SELECT view_name FROM duckdb_views() WHERE NOT internal").stream().skip(1)
                .map(v -> v.substring("s:".length())).sorted().toList();
        assertThat(names).contains("line_items", "figures", "execution_rates", "personnel_shares", "three_public",
                "agency_trend", "metric_values", "audit_findings", "stated_percentages", "extraction_confidence");
        assertThat(job.views()).containsExactlyInAnyOrderElementsOf(names);
        for (String view : names) {
            List<String> expected = Canonical.of(warehouse.connection(), "SELECT * FROM " + view);
            assertThat(Canonical.of(job.view(view))).as(view).isEqualTo(expected);
        }
        assertThat(Canonical.of(job.view("metric_values"))).hasSizeGreaterThan(200);
        assertThat(Canonical.of(spark.sql("SELECT * FROM metric_values WHERE audit_flag"))).as("flagged rows")
                .hasSizeGreaterThan(1);
    }

    @Test
    void everyNamedQueryOnSparkEqualsTheWarehouses() throws SQLException {
        QueryFilter all = new QueryFilter(null, null, null, null, "personnel_share_of_basic_pct", Set.of("province"));
        Integer year = Integer.valueOf(Canonical.of(warehouse.connection(),
                "SELECT max(fiscal_year) FROM disclosures").get(1).substring("n:".length()));
        QueryFilter narrow = new QueryFilter(year, null, "63", null, null, Set.of("city", "sector"));
        for (QueryFilter filter : List.of(all, narrow)) {
            for (NamedQuery query : NamedQuery.all()) {
                List<String> expected;
                try (PreparedStatement statement = query.prepare(warehouse.connection(), filter);
                        ResultSet rows = statement.executeQuery()) {
                    expected = Canonical.of(rows);
                }
                assertThat(expected).as(query.name()).hasSizeGreaterThan(2);
                assertThat(Canonical.of(job.query(query, filter))).as(query.name() + " " + filter)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void eachTranslationRuleGivesDuckDbsValueOnATinyInput() throws SQLException {
        // ratio2 / pct_of round half away from zero on the exact quotient; median2 / quantile2 keep the midpoint
        // (74.125 → 74.13); amount_text drops trailing zeros; string_agg orders; rtrim trims the right argument
        List<String> expressions = List.of(
                "pct_of(x, y)", "ratio2(x, y)", "ratio2(-x, y)", "pct_of(x, 0)", "pct_of(NULL, y)",
                "amount_text(x)", "amount_text(-y)", "rtrim(amount_text(x), '5')",
                "split_part('a:b:c', ':', -2)", "length(string_split('gpb:total:basic', ':'))",
                "starts_with('650102', '65')", "list_position(['total', 'abroad'], 'abroad')",
                "(x * 1000000)::HUGEINT // 7", "'it''s \\d'");
        // one query per list (a Spark job each), a column per expression in the order of the list
        String rows = "SELECT " + columns(expressions) + " FROM (VALUES (1.005::DECIMAL(22, 6), "
                + "3.000000::DECIMAL(22, 6)), (2.675::DECIMAL(22, 6), 0.300000::DECIMAL(22, 6))) t(x, y)";
        assertThat(Canonical.of(job.sql(rows))).isEqualTo(Canonical.of(warehouse.connection(), rows));
        List<String> aggregates = List.of("median2(x)", "quantile2(x, 0.25)", "quantile2(x, 0.75)",
                "string_agg(s, '; ' ORDER BY s)", "string_agg(DISTINCT s, '; ' ORDER BY s)",
                "max(x) FILTER (WHERE s = 'b')", "arg_min(s, x)", "bool_or(x > 80)");
        String grouped = "SELECT " + columns(aggregates) + " FROM (VALUES (59.71::DECIMAL(38, 2), 'b'), "
                + "(88.54::DECIMAL(38, 2), 'a'), (90.00::DECIMAL(38, 2), 'b'), (61.00::DECIMAL(38, 2), NULL)) t(x, s)";
        assertThat(Canonical.of(job.sql(grouped))).isEqualTo(Canonical.of(warehouse.connection(), grouped));
        assertThat(Canonical.of(job.sql("SELECT median2(x) AS v FROM (VALUES (59.71::DECIMAL(38, 2)), "
                + "(88.54::DECIMAL(38, 2))) t(x)"))).containsExactly("v", "n:74.13");
    }

    /** {@code e0 AS c0, e1 AS c1, …}: each expression a column, named by its place in the list. */
    private static String columns(List<String> expressions) {
        return String.join(", ", expressions.stream().map(e -> e + " AS c" + expressions.indexOf(e)).toList());
    }

    @Test
    void theJobWritesViewsAndQueriesAsParquetThatReadsBackTheSame() throws SQLException {
        Path out = tmp.resolve("spark-metrics");
        job.write(out, List.of("metric_values"), List.of(NamedQuery.find("peer-ranking").orElseThrow()));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            String parquet = "read_parquet('" + out.resolve("views/metric_values").toAbsolutePath() + "/*.parquet')";
            assertThat(Canonical.of(duck, "SELECT * FROM " + parquet))
                    .isEqualTo(Canonical.of(warehouse.connection(), "SELECT * FROM metric_values"));
            String ranking = "read_parquet('" + out.resolve("queries/peer-ranking").toAbsolutePath() + "/*.parquet')";
            assertThat(Canonical.of(duck, "SELECT count(*) FROM " + ranking).get(1)).isNotEqualTo("n:0");
        }
    }
}
