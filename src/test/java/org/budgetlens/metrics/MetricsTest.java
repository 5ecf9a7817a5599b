package org.budgetlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures the metrics issue computed by hand from the seeds, through the named queries and the views, on a
 * warehouse loaded from data/ by the real ingest job.
 */
class MetricsTest {

    static final String XINING = "630103-ylbzj/2024/final";
    static final String GAOXIN_2024 = "650104-ylbzj/2024/final";
    static final String GAOXIN_2023 = "650104-ylbzj/2023/performance";
    static final String URUMQI_2022 = "650100-ylbzj-hz/2022/budget";

    @TempDir
    static Path tmp;

    static Path db;

    @BeforeAll
    static void load() {
        db = tmp.resolve("w.duckdb");
        assertThat(Cli.ingest(db, RepoData.DATA).exitCode()).isZero();
    }

    static List<String> query(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "--db";
        all[1] = db.toString();
        all[2] = "query";
        System.arraycopy(args, 0, all, 3, args.length);
        all[args.length + 3] = "--format";
        all[args.length + 4] = "csv";
        Cli.Result r = Cli.run(all);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.lines();
    }

    @Test
    void xiningExecutionRateOverallAndPerLine() {
        assertThat(Cli.sqlCsv(db, "SELECT executed, budget, rate_pct FROM execution_rates WHERE disclosure_id = '"
                + XINING + "' AND basis = 'final_vs_initial_budget' AND line_code IN ('total', '2101103') "
                + "ORDER BY line_code DESC")).containsExactly("executed,budget,rate_pct", "665.38,751.54,88.54",
                "404.66,472.59,85.63");
        assertThat(query("execution-rate", "--agency", "城中区", "--year", "2024"))
                .anyMatch(l -> l.startsWith("西宁市城中区医疗保障局,2024,final_vs_initial_budget,agency,,total,合计,,"
                        + "665.38,751.54,88.54,,"));
    }

    @Test
    void xiningPersonnelShareBothWays() {
        assertThat(query("personnel-share", "--agency", "630103-ylbzj").get(1))
                .startsWith("西宁市城中区医疗保障局,2024,final,204.16,208.88,97.74,665.38,30.68,4.72,,,false,");
    }

    @Test
    void xiningThreePublicThisYearAndLastFromTheNarrative() {
        assertThat(Cli.sqlCsv(db, "SELECT fiscal_year, amount, prior_year_amount, change, change_pct, origin "
                + "FROM three_public WHERE agency_id = '630103-ylbzj' AND component = 'total' AND phase = 'final' "
                + "ORDER BY fiscal_year")).containsExactly("fiscal_year,amount,prior_year_amount,change,change_pct,origin",
                "2023,1.83,,,,derived", "2024,1.92,1.83,0.09,4.92,table");
    }

    @Test
    void highTechZoneFinalAccount() {
        assertThat(Cli.sqlValue(db, "SELECT rate_pct FROM execution_rates WHERE disclosure_id = '" + GAOXIN_2024
                + "' AND basis = 'final_vs_initial_budget' AND level = 'agency'")).isEqualTo("59.71");
        assertThat(Cli.sqlValue(db, "SELECT share_of_basic_pct FROM personnel_shares WHERE disclosure_id = '"
                + GAOXIN_2024 + "'")).isEqualTo("96.92");
        assertThat(query("agency-trend", "--agency", "650104-ylbzj", "--year", "2023"))
                .anyMatch(l -> l.contains(",2023,total_expenditure,") || l.contains(",2023,grand_total,支出总计,,82.36,"));
        assertThat(Cli.sqlCsv(db, "SELECT amount, origin, derivation FROM agency_trend WHERE agency_id = "
                + "'650104-ylbzj' AND fiscal_year = 2023 AND item = 'grand_total'"))
                .containsExactly("amount,origin,derivation", "82.36,derived,123.93 - 41.57");
    }

    @Test
    void highTechZoneSelfEvaluation2023() {
        assertThat(Cli.sqlCsv(db, "SELECT level, executed, budget, rate_pct FROM execution_rates "
                + "WHERE disclosure_id = '" + GAOXIN_2023 + "' AND level IN ('agency', 'basic', 'projects') "
                + "ORDER BY level")).containsExactly("level,executed,budget,rate_pct", "agency,82.35,202.00,40.77",
                "basic,80.10,82.00,97.68", "projects,2.25,120.00,1.88");
    }

    @Test
    void urumqiCityBudget2022() {
        assertThat(Cli.sqlValue(db, "SELECT share_of_basic_pct FROM personnel_shares WHERE disclosure_id = '"
                + URUMQI_2022 + "'")).isEqualTo("88.41");
        List<String> threePublic = query("three-public", "--region", "650100", "--year", "2022");
        assertThat(threePublic.get(0)).startsWith("agency_name,fiscal_year,component,component_zh,budget,");
        assertThat(threePublic).anyMatch(l -> l.startsWith("乌鲁木齐市医疗保障局（汇总）,2022,total,“三公”经费合计,1.50,,,,,,"
                + "1.40,7.14,"));
    }

    @Test
    void aZeroOrMissingBudgetGivesNoRateAndSaysWhy() throws IOException {
        Path data = RepoData.copyTo(tmp.resolve("zero"));
        RepoData.rewrite(RepoData.seedIn(data, RepoData.SEED_004),
                text -> text.replace(",budget_initial,,,751.54,", ",budget_initial,,,0,"));
        Path zeroDb = tmp.resolve("zero.duckdb");
        assertThat(Cli.ingest(zeroDb, data).exitCode()).isZero();
        assertThat(Cli.sqlCsv(zeroDb, "SELECT budget, rate_pct, no_rate_reason FROM execution_rates WHERE "
                + "disclosure_id = '" + XINING + "' AND basis = 'final_vs_initial_budget' AND level = 'agency'"))
                .containsExactly("budget,rate_pct,no_rate_reason", "0.00,,budget is zero: no rate");
        assertThat(Cli.sqlCsv(db, "SELECT rate_pct, no_rate_reason FROM execution_rates WHERE disclosure_id = '"
                + URUMQI_2022 + "'")).containsExactly("rate_pct,no_rate_reason");
        assertThat(Cli.sqlCsv(db, "SELECT change_pct FROM three_public WHERE agency_id = '650104-ylbzj' "
                + "AND fiscal_year = 2024 AND phase = 'final' AND component = 'total'"))
                .containsExactly("change_pct", "");
    }

    @Test
    void ratesAreExactDecimalsRoundedHalfAwayFromZero() {
        assertThat(Cli.sqlCsv(db, "SELECT pct_of(1::DECIMAL(22,6), 8::DECIMAL(22,6)) a, "
                + "pct_of(0.00125::DECIMAL(22,6), 1::DECIMAL(22,6)) b, pct_of(-0.00125::DECIMAL(22,6), "
                + "1::DECIMAL(22,6)) c, pct_of(2::DECIMAL(22,6), 3::DECIMAL(22,6)) d, typeof(pct_of(1, 3)) t"))
                .containsExactly("a,b,c,d,t", "12.50,0.13,-0.13,66.67,\"DECIMAL(38,2)\"");
    }

    @Test
    void peerRankingRanksWithinTheChosenPeersAndWillNotJudgeTooFew() {
        List<String> rows = query("peer-ranking", "--metric", "personnel_share_of_basic_pct", "--year", "2024",
                "--peers", "sector");
        // 96.92 and 97.74: median 97.33, Q1 = 96.92 + 0.25 × 0.82 = 97.125 → 97.13, Q3 = 97.535 → 97.54 (half up)
        assertThat(rows).containsExactly(
                "metric,fiscal_year,kind,scope,peer_group,agency_name,value,unit,rank,peers,median,q1,q3,outlier,"
                        + "disclosure_id,region_code,defined_in",
                "personnel_share_of_basic_pct,2024,final,本级,医疗保障,西宁市城中区医疗保障局,97.74,%,1,2,97.33,97.13,"
                        + "97.54,too few peers to judge (n < 4),630103-ylbzj/2024/final,630103,personnel_shares",
                "personnel_share_of_basic_pct,2024,final,本级,医疗保障,乌鲁木齐高新技术产业开发区(乌鲁木齐市新市区)医疗保障局,96.92,%,2,2,"
                        + "97.33,97.13,97.54,too few peers to judge (n < 4),650104-ylbzj/2024/final,650104,"
                        + "personnel_shares");
        List<String> byProvince = query("peer-ranking", "--metric", "execution_rate_pct", "--peers", "province");
        assertThat(byProvince).hasSize(3).anyMatch(l -> l.contains(",2024,final,本级,青海省,西宁市城中区医疗保障局,88.54,%,1,1,"));
    }

    @Test
    void peersNeverMixABudgetWithAFinalAccount() throws IOException {
        Path data = RepoData.copyTo(tmp.resolve("kinds"));
        Path finalFile = RepoData.seedIn(data, RepoData.SEED_004);
        Files.writeString(finalFile.resolveSibling("2024-budget.csv"), Files.readString(finalFile,
                StandardCharsets.UTF_8).replace("# kind: final", "# kind: budget"), StandardCharsets.UTF_8);
        Path kindsDb = tmp.resolve("kinds.duckdb");
        assertThat(Cli.ingest(kindsDb, data).exitCode()).isZero();
        Cli.Result r = Cli.run("--db", kindsDb.toString(), "query", "peer-ranking", "--metric",
                "personnel_share_of_basic_pct", "--year", "2024", "--peers", "sector", "--format", "csv");
        assertThat(r.lines()).hasSize(4)
                .anyMatch(l -> l.startsWith("personnel_share_of_basic_pct,2024,budget,本级,医疗保障,西宁市城中区医疗保障局,97.74,%,1,1,"))
                .anyMatch(l -> l.startsWith("personnel_share_of_basic_pct,2024,final,本级,医疗保障,西宁市城中区医疗保障局,97.74,%,1,2,"));
        // with the same agency's 预算 disclosure of 2024 loaded, the 决算 is also measured against it
        assertThat(Cli.sqlCsv(kindsDb, "SELECT executed, budget, rate_pct, budget_source FROM execution_rates "
                + "WHERE basis = 'final_vs_budget_disclosure' AND level = 'agency'")).containsExactly(
                "executed,budget,rate_pct,budget_source",
                "665.38,665.38,100.00,630103-ylbzj/2024/budget gpb_expenditure.total.total (table line 239)");
        Cli.Result typo = Cli.run("--db", kindsDb.toString(), "query", "peer-ranking", "--metric", "personel_share");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).startsWith("error: no metric 'personel_share' in this warehouse: one of ")
                .contains("personnel_share_of_basic_pct");
    }

    @Test
    void selfEvaluationScoresStandNextToExecutionRatesAndNarrativeConflictsShow() {
        assertThat(Cli.sqlCsv(db, "SELECT project, table_score, narrative_score, narrative_contradicts_table, "
                + "execution_rate_pct FROM performance_scores WHERE disclosure_id = '" + XINING + "' ORDER BY project"))
                .containsExactly("project,table_score,narrative_score,narrative_contradicts_table,execution_rate_pct",
                        "公务员医疗补助,98.50,93.50,true,85.64", "医疗服务与保障能力提升补助资金,98.50,93.50,true,80.98");
        assertThat(Cli.sqlCsv(db, "SELECT level, score, execution_rate_pct FROM performance_scores "
                + "WHERE disclosure_id = '" + GAOXIN_2023 + "'")).containsExactly("level,score,execution_rate_pct",
                "department,79.12,40.77");
    }

    @Test
    void filtersAreBoundNotSpliced() {
        for (String hostile : new String[] {"%", "'", "' OR '1'='1", "_", "城中区'; DROP VIEW figures; --"}) {
            Cli.Result r = Cli.run("--db", db.toString(), "query", "execution-rate", "--agency", hostile, "--format",
                    "csv");
            assertThat(r.lines()).as(hostile).hasSize(1); // the header: nothing matched
            assertThat(r.exitCode()).as(hostile).isEqualTo(5);
        }
        assertThat(query("execution-rate", "--agency", "城中区")).hasSizeGreaterThan(1);
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM figures")).isNotEqualTo("0");
    }

    @Test
    void regionCodesSelectEverythingUnderThem() {
        assertThat(query("personnel-share", "--region", "650000")).hasSize(3);
        assertThat(query("personnel-share", "--region", "650100")).hasSize(3);
        assertThat(query("personnel-share", "--region", "650104")).hasSize(2);
        assertThat(query("personnel-share", "--region", "630000")).hasSize(2);
        Cli.Result bad = Cli.run("--db", db.toString(), "query", "personnel-share", "--region", "65A");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("is not a GB/T 2260 code");
    }

    @Test
    void whoUnderExecutesIsOneRowPerAgencyOnOneBasisLowestFirst() {
        Cli.Result r = Cli.run("query", "execution-rate", "--db", db.toString(), "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> rows = r.lines().subList(1, r.lines().size());
        assertThat(rows).isNotEmpty().allMatch(l -> l.contains(",final_vs_initial_budget,agency,"));
        List<java.math.BigDecimal> rates = rows.stream().map(l -> l.split(",")[10]).filter(v -> !v.isEmpty())
                .map(java.math.BigDecimal::new).toList();
        assertThat(rates).isSorted();
        assertThat(r.err()).contains("level agency; basis final_vs_initial_budget; sorted by rate_pct (lowest first)");

        List<String> every = query("execution-rate", "--level", "all", "--basis", "all", "--sort", "rate_pct:desc",
                "--limit", "3");
        assertThat(every).hasSize(4);
        assertThat(every.subList(1, 4)).as("a function line says its level, so sums of one level do not count twice")
                .anyMatch(l -> l.matches(".*,function_line,[类款项],.*"));

        Cli.Result badSort = Cli.run("--db", db.toString(), "query", "execution-rate", "--sort", "rate");
        assertThat(badSort.exitCode()).isEqualTo(2);
        assertThat(badSort.err()).startsWith("error: --sort rate: not a column of this query; one of agency_name,");

        Cli.Result none = Cli.run("--db", db.toString(), "query", "execution-rate", "--year", "1999");
        assertThat(none.exitCode()).isEqualTo(5);
        assertThat(none.err()).contains("nothing matched the selection. The warehouse holds years: 2022, 2023, 2024; "
                + "regions (--region): 630103, 650100, 650104; sectors (--sector): 医疗保障.");
    }

    @Test
    void listDescribesEveryNamedQuery() {
        Cli.Result list = Cli.run("query", "--list");
        for (String name : NamedQuery.NAMES) {
            assertThat(list.out()).contains(name + "\n    ");
        }
        assertThat(Cli.run("--db", db.toString(), "query", "nope").err())
                .startsWith("error: no query named 'nope': one of execution-rate, personnel-share, three-public");
        for (NamedQuery q : NamedQuery.all()) {
            assertThat(q.description()).as(q.name()).isNotBlank();
            assertThat(query(q.name())).as(q.name()).hasSizeGreaterThan(1);
        }
    }
}
