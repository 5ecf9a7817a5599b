package org.budgetlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views as an analyst meets them in any DuckDB client, on a warehouse loaded from data/ by the real ingest job:
 * every column described, money as DECIMAL(18,2) in the metric views, a level to add up without counting twice, and
 * medians rounded as every other figure is.
 */
class AdHocViewsTest {

    static final String XINING = "630103-ylbzj/2024/final";

    @TempDir
    static Path tmp;

    static Path db;

    @BeforeAll
    static void load() {
        db = tmp.resolve("w.duckdb");
        assertThat(Cli.ingest(db, RepoData.DATA).exitCode()).isZero();
    }

    @Test
    void everyColumnOfEveryViewIsCommentedAndNoInternalViewIsLeftForAnalysts() {
        assertThat(Cli.sqlCsv(db, "SELECT c.table_name || '.' || c.column_name FROM duckdb_columns() c "
                + "JOIN duckdb_views() v ON v.view_name = c.table_name AND v.schema_name = c.schema_name "
                + "WHERE NOT v.internal AND (c.comment IS NULL OR c.comment = '')")).hasSize(1);
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM duckdb_views() WHERE NOT internal")).isEqualTo("23");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM duckdb_views() WHERE view_name LIKE '%\\_live' ESCAPE '\\'"))
                .isEqualTo("0");
        assertThat(Cli.sqlValue(db, "SELECT comment FROM duckdb_columns() WHERE table_name = 'execution_rates' "
                + "AND column_name = 'budget'")).contains("万元").contains("Blank = not stated");
        assertThat(Cli.sqlValue(db, "SELECT comment FROM duckdb_columns() WHERE table_name = 'execution_rates' "
                + "AND column_name = 'rate_pct'")).contains("in %").contains("Blank = no rate");
    }

    @Test
    void moneyInTheMetricViewsIsDecimal18With2PlacesAndRatesAreComputedBeforeRounding() {
        // every column whose comment says it is money in DECIMAL(18,2) is that type
        assertThat(Cli.sqlCsv(db, "SELECT c.table_name || '.' || c.column_name || ' ' || c.data_type FROM "
                + "duckdb_columns() c WHERE c.comment LIKE '%万元, DECIMAL(18,2)%' AND c.data_type <> 'DECIMAL(18,2)'"))
                .hasSize(1);
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM duckdb_columns() WHERE comment LIKE '%万元, DECIMAL(18,2)%'"))
                .isEqualTo("26");
        // as a DuckDB client prints them: 665.38, not 665.380000
        assertThat(Cli.sqlCsv(db, "SELECT executed::VARCHAR AS e, budget::VARCHAR AS b, rate_pct FROM execution_rates "
                + "WHERE disclosure_id = '" + XINING + "' AND basis = 'final_vs_initial_budget' AND level = 'agency'"))
                .containsExactly("e,b,rate_pct", "665.38,751.54,88.54");
        assertThat(Cli.sqlCsv(db, "SELECT amount::VARCHAR AS a, prior_year_amount::VARCHAR AS p, change::VARCHAR AS c "
                + "FROM three_public WHERE agency_id = '630103-ylbzj' AND fiscal_year = 2024 AND phase = 'final' "
                + "AND component = 'total'")).containsExactly("a,p,c", "1.92,1.83,0.09");
        // the exact figure stays where the evidence is: 79.36 元 is 0.007936 万元 in line_items
        assertThat(Cli.sqlValue(db, "SELECT amount::VARCHAR FROM line_items WHERE disclosure_id = '" + XINING
                + "' AND amount <> round(amount, 2)")).isEqualTo("0.007936");
    }

    @Test
    void aClassifiedLineSaysItsLevelSoThatEachLevelAddsUpToTheTotalOnce() {
        assertThat(Cli.sqlCsv(db, "SELECT code_level, sum(amount) AS s FROM figures WHERE disclosure_id = '" + XINING
                + "' AND table_id = 'gpb_expenditure' AND measure = 'total' AND detail = '' AND code_level IN ('类', "
                + "'项') GROUP BY code_level ORDER BY code_level")).containsExactly("code_level,s", "类,665.38",
                "项,665.38");
        assertThat(Cli.sqlValue(db, "SELECT amount FROM figures WHERE disclosure_id = '" + XINING + "' AND table_id = "
                + "'gpb_expenditure' AND measure = 'total' AND line_code = 'total'")).isEqualTo("665.38");
        assertThat(Cli.sqlCsv(db, "SELECT line_code, level, function_level FROM execution_rates WHERE disclosure_id = '"
                + XINING + "' AND basis = 'final_vs_initial_budget' AND line_code IN ('total', '2101103') "
                + "ORDER BY line_code")).containsExactly("line_code,level,function_level", "2101103,function_line,项",
                "total,agency,");
        assertThat(Cli.sqlCsv(db, "SELECT scope, count(*) AS n FROM execution_rates WHERE level = 'agency' AND basis = "
                + "'final_vs_initial_budget' GROUP BY scope")).containsExactly("scope,n", "本级,2");
    }

    @Test
    void threePublicComponentsNameWhatTheyArePartOf() {
        List<String> parts = Cli.sqlCsv(db, "SELECT phase, sum(amount) FILTER (WHERE component = 'total') AS total, "
                + "sum(amount) FILTER (WHERE part_of = 'total') AS parts, "
                + "sum(amount) FILTER (WHERE component = 'vehicles') AS vehicles, "
                + "sum(amount) FILTER (WHERE part_of = 'vehicles') AS vehicle_parts "
                + "FROM three_public WHERE agency_id = '630103-ylbzj' AND fiscal_year = 2024 GROUP BY phase "
                + "ORDER BY phase");
        assertThat(parts).containsExactly("phase,total,parts,vehicles,vehicle_parts",
                "budget_full_year,1.92,1.92,1.92,1.92", "final,1.92,1.92,1.92,1.92");
        assertThat(Cli.sqlValue(db, "SELECT sum(amount) FROM three_public WHERE agency_id = '630103-ylbzj' AND "
                + "fiscal_year = 2024 AND phase = 'final'")).as("all rows count the same money three times")
                .isEqualTo("5.76");
    }

    @Test
    void aMedianHalfwayBetweenTwoCentsRoundsUpInQueriesTheReportAndTheMacro() throws IOException {
        // two agencies of the same level, executing 95.23% and 95.24% of their 年初预算: the median is 95.235
        Path data = RepoData.copyTo(tmp.resolve("median"));
        RepoData.rewrite(RepoData.seedIn(data, RepoData.SEED_004),
                text -> text.replace(",budget_initial,,,751.54,", ",budget_initial,,,698.71,"));
        RepoData.rewrite(RepoData.seedIn(data, RepoData.SEED_000), text -> text.replace(
                "gpb_expenditure,total,一般公共预算财政拨款支出,,budget_initial,,,207.54,",
                "gpb_expenditure,total,一般公共预算财政拨款支出,,budget_initial,,,130.12,"));
        Path medianDb = tmp.resolve("median.duckdb");
        assertThat(Cli.ingest(medianDb, data).exitCode()).isZero();
        assertThat(Cli.sqlCsv(medianDb, "SELECT rate_pct FROM execution_rates WHERE level = 'agency' AND basis = "
                + "'final_vs_initial_budget' ORDER BY rate_pct")).containsExactly("rate_pct", "95.23", "95.24");

        Cli.Result peers = Cli.run("--db", medianDb.toString(), "query", "peer-ranking", "--metric",
                "execution_rate_pct", "--peers", "level", "--format", "csv");
        assertThat(peers.exitCode()).as(peers.err()).isZero();
        assertThat(peers.lines()).hasSize(3).allMatch(l -> l.startsWith("metric,") || l.contains(",2,95.24,95.23,95.24,"));

        Path report = tmp.resolve("median-report");
        assertThat(Cli.run("--db", medianDb.toString(), "report", "--out", report.toString()).exitCode()).isZero();
        List<CSVRecord> rows = csv(report.resolve("data/review-execution_rate_pct.csv"));
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.get("同组中位数")).isEqualTo("95.24"));

        assertThat(Cli.sqlValue(medianDb, "SELECT median2(v) FROM (VALUES (95.23::DECIMAL(18,2)), (95.24), (NULL)) "
                + "t(v)")).isEqualTo("95.24");
        assertThat(Cli.sqlValue(medianDb, "SELECT median(v) FROM (VALUES (95.23::DECIMAL(18,2)), (95.24)) t(v)"))
                .as("DuckDB's own median truncates").isEqualTo("95.23");
        assertThat(Cli.sqlCsv(medianDb, "SELECT quantile2(v, 0.25) AS q1, median2(v) AS m, quantile2(v, 0.75) AS q3 "
                + "FROM (VALUES (-95.23::DECIMAL(18,2)), (-95.24)) t(v)"))
                .as("half away from zero below zero too").containsExactly("q1,m,q3", "-95.24,-95.24,-95.23");
        assertThat(Cli.sqlValue(medianDb, "SELECT median2(v) IS NULL FROM (SELECT NULL::DECIMAL(18,2) AS v) t")).isEqualTo("true");
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }
}
