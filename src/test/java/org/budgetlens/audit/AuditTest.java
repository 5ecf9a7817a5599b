package org.budgetlens.audit;

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

/** The audit finds the defects the seeds really have, and nothing for rounding noise. */
class AuditTest {

    @TempDir
    static Path tmp;

    static Path db;
    static Cli.Result audit;

    @BeforeAll
    static void ingestAndAudit() {
        db = tmp.resolve("w.duckdb");
        Cli.Result ingest = Cli.ingest(db, RepoData.DATA);
        assertThat(ingest.exitCode()).isZero();
        assertThat(ingest.out()).containsPattern("audit: +5 error and \\d+ warning findings in \\d+ disclosures; "
                + "list them: budgetlens --db .* audit --severity error");
        audit = Cli.run("--db", db.toString(), "audit", "--format", "csv");
    }

    static List<String> findings(String ruleId) {
        return Cli.sqlCsv(db, "SELECT disclosure_id, subject, expected, actual, evidence FROM audit_findings "
                + "WHERE rule_id = '" + ruleId + "' ORDER BY disclosure_id, subject");
    }

    @Test
    void errorFindingsGiveExitCode4AndASummary() {
        assertThat(audit.exitCode()).isEqualTo(4);
        assertThat(audit.err()).matches("(?s)audit: \\d+ rules, [\\d,]+ checks passed, \\d+ failed \\(5 of error "
                + "severity\\), \\d+ without enough data\\s*");
    }

    @Test
    void theListNamesTheAgencyAndNarrowsByYearRegionAndSeverity() {
        assertThat(audit.lines().get(0)).startsWith("agency_name,fiscal_year,kind,rule_id,severity,description,");
        List<String> errors2024 = Cli.run("--db", db.toString(), "audit", "--year", "2024", "--region", "630000",
                "--severity", "error", "--format", "csv").lines();
        assertThat(errors2024).hasSizeGreaterThan(1);
        assertThat(errors2024.subList(1, errors2024.size()))
                .allMatch(l -> l.startsWith("西宁市城中区医疗保障局,2024,final,") && l.contains(",error,"));
        assertThat(Cli.run("--db", db.toString(), "audit", "--region", "65A").exitCode()).isEqualTo(2);
    }

    @Test
    void findingsNameTheirRuleInChineseByDefaultAndInEnglishOnRequest() {
        assertThat(audit.lines()).anyMatch(l -> l.contains(",SUM-EXP-ROW,error,支出表每一行：合计 = 基本支出 + 项目支出"));
        assertThat(Cli.run("--db", db.toString(), "audit", "--lang", "en", "--format", "csv").lines())
                .anyMatch(l -> l.contains(",SUM-EXP-ROW,error,支出表 every row: 合计 = 基本支出"));
        assertThat(Audit.rules()).allMatch(r -> !r.textZh().isBlank() && r.textZh().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM audit_rule WHERE text_zh IS NULL OR text_zh = ''"))
                .isEqualTo("0");
    }

    @Test
    void theSelfEvaluationsInitialBudgetContradictsTheNarratives() {
        // seed 000: the 整体支出绩效自评表 gives 年度总资金 年初预算 123.92 (its 决算 figure), the narrative 207.54
        assertThat(findings("PERF-DEPT-BUDGET-INITIAL")).containsExactly("disclosure_id,subject,expected,actual,evidence",
                "650104-ylbzj/2024/final,gpb_expenditure.total.budget_initial <= perf_dept.funds_total.budget_initial,"
                        + "123.92,207.54,gpb_expenditure.total.budget_initial 207.54 (line 95) <= "
                        + "perf_dept.funds_total.budget_initial 123.92 (line 165)");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM audit_findings WHERE rule_id IN ('NARR-RESTATED', "
                + "'TPL-PLACEHOLDER', 'TPL-TITLE-YEAR') OR rule_id LIKE 'REQ-%'")).as("the seeds have none")
                .isEqualTo("0");
    }

    @Test
    void theBudgetsProjectColumnOnAClassWithoutProjects() {
        assertThat(findings("SUM-EXP-ROW")).containsExactly("disclosure_id,subject,expected,actual,evidence",
                "650100-ylbzj-hz/2022/budget,expenditure.208,120.62,374.72,total 120.62 (line 181) vs basic 120.62 "
                        + "(line 181) + project 254.1 (line 181)");
    }

    @Test
    void theNarrativesSpendingContradictsItsTable() {
        assertThat(findings("NARR-VS-TABLE")).containsExactly("disclosure_id,subject,expected,actual,evidence",
                "630103-ylbzj/2024/final,perf_project.funds_total.executed [医疗服务与保障能力提升补助资金],79.36,97.36,"
                        + "narrative 97.36 (line 523) vs table 79.36 (line 557)");
    }

    @Test
    void theNarrativesScoresContradictTheTables() {
        assertThat(findings("NARR-VS-TABLE-FACTS")).containsExactly("disclosure_id,subject,expected,actual,evidence",
                "630103-ylbzj/2024/final,perf_project.overall.score [公务员医疗补助],98.50,93.50,"
                        + "narrative 93.5 分 (line 519) vs table 98.5 分 (line 548)",
                "630103-ylbzj/2024/final,perf_project.overall.score [医疗服务与保障能力提升补助资金],98.50,93.50,"
                        + "narrative 93.5 分 (line 523) vs table 98.5 分 (line 571)");
    }

    @Test
    void roundingNoiseIsNotAFinding() {
        // seed 000: 人员经费 89.68 + 公用经费 2.84 = 92.52 against 基本支出 92.53 (two addends: 0.01 allowed)
        assertThat(Cli.sqlCsv(db, "SELECT status, expected, actual, tolerance FROM audit_result WHERE rule_id = "
                + "'SUM-BASIC-TOTAL' AND disclosure_id = '650104-ylbzj/2024/final'"))
                .containsExactly("status,expected,actual,tolerance", "pass,92.53,92.52,0.01");
        // seed 004: 301 工资福利支出 204.16 against its 款 summing to 204.17, within the tolerance of ten addends
        assertThat(Cli.sqlValue(db, "SELECT status FROM audit_result WHERE rule_id = 'HIER-ECON-CLASS' AND "
                + "disclosure_id = '630103-ylbzj/2024/final' AND subject = 'gpb_basic.301.total'")).isEqualTo("pass");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM audit_findings WHERE severity = 'error' AND rule_id LIKE "
                + "'SUM-%' OR rule_id LIKE 'HIER-%'")).isEqualTo("1");
    }

    @Test
    void everyRuleHasAResultForEveryDisclosureNeverASilentPass() {
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM (SELECT rule_id, disclosure_id FROM audit_rule, disclosure "
                + "EXCEPT SELECT rule_id, disclosure_id FROM audit_result)")).isEqualTo("0");
        assertThat(Cli.sqlValue(db, "SELECT status FROM audit_result WHERE rule_id = 'SUM-3P-TOTAL' AND "
                + "disclosure_id = '650104-ylbzj/2023/performance'")).isEqualTo("not_enough_data");
    }

    @Test
    void percentagesStatedOnAZeroBaseAreFlagged() {
        assertThat(Cli.sqlCsv(db, "SELECT subject FROM audit_findings WHERE rule_id = 'NARR-PCT' AND disclosure_id = "
                + "'630103-ylbzj/2024/final' AND evidence LIKE '%zero base%' ORDER BY subject"))
                .containsExactly("subject", "three_public.abroad.total ÷ abroad:budget_full_year",
                        "three_public.reception.total ÷ reception:budget_full_year");
    }

    @Test
    void metricsBuiltOnFailingFiguresCarryAFlag() {
        assertThat(Cli.sqlCsv(db, "SELECT disclosure_id, level, detail, rate_pct, audit_flag FROM execution_rates "
                + "WHERE disclosure_id = '630103-ylbzj/2024/final' AND level IN ('agency', 'project') ORDER BY detail"))
                .containsExactly("disclosure_id,level,detail,rate_pct,audit_flag",
                        "630103-ylbzj/2024/final,agency,,88.54,false",
                        "630103-ylbzj/2024/final,project,公务员医疗补助,85.64,true",
                        "630103-ylbzj/2024/final,project,医疗服务与保障能力提升补助资金,80.98,true");
        assertThat(Cli.sqlCsv(db, "SELECT disclosure_id, audit_flag FROM personnel_shares ORDER BY 1"))
                .containsExactly("disclosure_id,audit_flag", "630103-ylbzj/2024/final,false",
                        "650100-ylbzj-hz/2022/budget,true", "650104-ylbzj/2024/final,false");
    }

    @Test
    void itemLevelFiguresAgainstTheTotalsTheNarrativeStates() {
        assertThat(findings("ITEM-GPB-BUDGET")).hasSize(2).element(1).asString()
                .startsWith("630103-ylbzj/2024/final,gpb_expenditure.total.budget_initial,751.54,749.31,");
        assertThat(findings("PERF-PROJECTS-SUM")).containsExactly("disclosure_id,subject,expected,actual,evidence",
                "650104-ylbzj/2024/final,perf_project.funds_total.budget_full_year (all) vs per detail,31.34,31.40,"
                        + "stated for all: 31.34 (line 158) vs 医保能力提升经费 17.74 + 雇员经费 13.66");
    }

    @Test
    void classSumsAndRatesOnZeroBases() {
        assertThat(findings("CLS-EXPENDITURE")).containsExactly("disclosure_id,subject,expected,actual,evidence",
                "650100-ylbzj-hz/2022/budget,expenditure.total.project,254.10,508.20,total 254.1 (line 191) vs 208 "
                        + "254.1 + 210 254.1");
        assertThat(Cli.sqlCsv(db, "SELECT subject FROM audit_findings WHERE rule_id = 'NARR-CHANGE-PCT' AND "
                + "disclosure_id = '650104-ylbzj/2024/final'")).containsExactly("subject", "gpb_expenditure.2101599.total");
    }

    @Test
    void aBudgetsRateAgainstLastYearsExecutionIsRecomputedFromItsOwnChange() throws IOException {
        Path data = RepoData.copyTo(tmp.resolve("executed"));
        // 1481.37 against an execution of 1481.37 - 181.37 = 1300.00: 13.95 %, stated 13.59 %; its rate against the
        // prior budget (change, change_pct) is not involved
        RepoData.rewrite(RepoData.seedIn(data, RepoData.SEED_002), text -> text
                + "summary,income_grand_total,收支总预算,,total,change_executed,,181.37,万元,narrative,,370,"
                + "比上年执行数增加181.37万元\n"
                + "summary,income_grand_total,收支总预算,,total,change_executed_pct,,13.59,%,narrative,,370,增长13.59%\n");
        Path db = tmp.resolve("executed.duckdb");
        assertThat(Cli.ingest(db, data).exitCode()).isZero();
        assertThat(Cli.sqlCsv(db, "SELECT subject, expected, actual FROM audit_findings WHERE rule_id = "
                + "'NARR-CHANGE-EXEC-PCT'")).containsExactly("subject,expected,actual",
                        "summary.income_grand_total.total,13.95,13.59");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM audit_findings WHERE rule_id = 'NARR-CHANGE-PCT' AND "
                + "subject LIKE 'summary.income_grand_total%'")).isEqualTo("0");
    }

    @Test
    void aPriorYearTheNarrativeImpliesIsCheckedAgainstThatYearsOwnDisclosure() throws IOException {
        Path data = RepoData.copyTo(tmp.resolve("years"));
        Path file = RepoData.seedIn(data, RepoData.SEED_004);
        // the 2023 account, as if published: its 三公 total says 1.92, the 2024 narrative implies 1.92 - 0.09 = 1.83
        Files.writeString(file.resolveSibling("2023-final.csv"), Files.readString(file, StandardCharsets.UTF_8)
                .replace("# fiscal_year: 2024", "# fiscal_year: 2023"), StandardCharsets.UTF_8);
        Path years = tmp.resolve("years.duckdb");
        assertThat(Cli.ingest(years, data).exitCode()).isZero();
        assertThat(Cli.sqlCsv(years, "SELECT subject, expected, actual FROM audit_findings WHERE rule_id = "
                + "'XY-PRIOR-YEAR' AND subject LIKE 'three_public.total.total%'")).containsExactly(
                "subject,expected,actual", "three_public.total.total in 2023,1.92,1.83");
    }

    @Test
    void ingestRunsTheAuditWhenTheDataChanged() throws IOException {
        Path data = RepoData.copyTo(tmp.resolve("changed"));
        RepoData.rewrite(RepoData.seedIn(data, RepoData.SEED_002),
                text -> text.replace("expenditure,208,,,project,,,254.10,", "expenditure,208,,,project,,,0.00,"));
        Path other = tmp.resolve("changed.duckdb");
        assertThat(Cli.ingest(other, data).exitCode()).isZero();
        assertThat(Cli.sqlValue(other, "SELECT count(*) FROM audit_findings WHERE rule_id = 'SUM-EXP-ROW'"))
                .isEqualTo("0");
        assertThat(Cli.sqlValue(other, "SELECT count(DISTINCT rule_id) FROM audit_result"))
                .isEqualTo(Integer.toString(Audit.rules().size()));
    }

    @Test
    void aNarrativeThatSkipsARequiredTopicIsIncompleteAndNoNarrativeIsNotJudged() throws IOException {
        Path data = RepoData.copyTo(tmp.resolve("topics"));
        // seed 004 without its 三公 explanation (section 九): the table is still there, the narrative is not
        RepoData.rewrite(RepoData.seedIn(data, RepoData.SEED_004), text -> String.join("\n", text.lines()
                .filter(l -> !(l.startsWith("three_public,") && l.contains(",narrative,"))).toList()) + "\n");
        // seed 000 reduced to its tables: no narrative figure at all
        RepoData.rewrite(RepoData.seedIn(data, RepoData.SEED_000), text -> String.join("\n", text.lines()
                .filter(l -> !l.contains(",narrative,")).toList()) + "\n");
        Path topics = tmp.resolve("topics.duckdb");
        assertThat(Cli.ingest(topics, data).exitCode()).isZero();
        assertThat(Cli.sqlCsv(topics, "SELECT disclosure_id, status, evidence FROM audit_result WHERE rule_id = "
                + "'NARR-FINAL-THREE-PUBLIC' AND disclosure_id LIKE '%/final' ORDER BY disclosure_id")).containsExactly("disclosure_id,status,evidence",
                "630103-ylbzj/2024/final,fail,\"the narrative states figures, none of three_public\"",
                "650104-ylbzj/2024/final,not_enough_data,none of the figures this rule reads is published in this "
                        + "disclosure");
        assertThat(Cli.sqlValue(topics, "SELECT status FROM audit_result WHERE rule_id = 'NARR-FINAL-GPB-BASIC' "
                + "AND disclosure_id = '630103-ylbzj/2024/final'")).isEqualTo("pass");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM audit_findings WHERE rule_id LIKE 'NARR-FINAL-%' OR rule_id "
                + "LIKE 'NARR-BUDGET-%'")).as("the seeds explain every topic").isEqualTo("0");
    }
}
