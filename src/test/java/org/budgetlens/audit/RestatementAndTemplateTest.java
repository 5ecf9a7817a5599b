package org.budgetlens.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What real disclosures get wrong beyond their sums: a figure the narrative states twice with two values, 人员经费
 * and 公用经费 that disagree across the 基本支出 tables, a 决算's 年初预算 that is not the year's 预算, a required
 * table left out, a template's XX局 or last year's title left in.
 */
class RestatementAndTemplateTest {

    private static final String HEADER = "table_id,line_code,line_name,detail,measure,stat,base,value,unit,origin,"
            + "section,source_line,note";

    @TempDir
    static Path tmp;

    static Path db;

    private static String disclosure(String kind, String title, String note, String rows) {
        return "# budgetlens-disclosure: 1\n# agency_id: 630103-ylbzj\n# fiscal_year: 2030\n# kind: " + kind
                + "\n# title: " + title + "\n# source_doc: sources/d.pdf\n" + note + HEADER + "\n" + rows;
    }

    @BeforeAll
    static void load() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(RepoData.DATA.resolve("agencies.csv"), in.resolve("agencies.csv"));
        Files.writeString(in.resolve("budget.csv"), disclosure("budget", "西宁市城中区医疗保障局2030年部门预算",
                "# note: extracted by budgetlens extract; as the extractor marks what it read\n", ""
                + "three_public,_table,2030年“三公”经费支出预算表,表八,,,,,万元,table,,5,\n"
                + "three_public,total,合计,,total,,,10.00,万元,table,,6,\n"
                + "gpb_expenditure,_table,一般公共预算支出表,表五,,,,,万元,table,,7,\n"
                + "gpb_expenditure,total,合计,,total,,,100.00,万元,table,,8,\n"
                // 比上年预算增加5.00万元: last year's budget would be 95.00; the 2029 预算 says 90.00
                + "gpb_expenditure,total,合计,,total,change,,5.00,万元,narrative,五、支出,9,比上年预算增加5.00万元\n"
                // read by the extractor: 10 is also the 三公 total, so the reading may have misfiled it
                + "fiscal_summary,expenditure_total,财政拨款支出,,total,,,170.00,万元,narrative,四、财政拨款,70,\n"
                + "fiscal_summary,expenditure_total,财政拨款支出,,total,,,10,万元,narrative,四、财政拨款,71,\n"),
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("final.csv"), disclosure("final", "XX局2029年度部门决算", "", ""
                // a 决算 publishing tables, its 支出决算表 left out
                + "summary,_table,收入支出决算总表,公开01表,,,,,万元,table,,10,\n"
                + "summary,income_total,本年收入合计,,total,,,200.00,万元,table,,11,\n"
                + "gpb_basic,_table,××单位一般公共预算财政拨款基本支出决算表,公开06表,,,,,万元,table,,20,\n"
                + "gpb_basic,total,合计,,personnel,,,95.00,万元,table,,21,\n"
                + "gpb_basic,total,合计,,public,,,5.00,万元,table,,21,\n"
                + "fiscal_basic,_table,财政拨款基本支出决算表,公开06-1表,,,,,万元,table,,30,\n"
                + "fiscal_basic,total,合计,,personnel,,,90.00,万元,table,,31,\n"
                + "fiscal_basic,total,合计,,public,,,5.00,万元,table,,31,\n"
                // the 一般公共预算 part's 基本支出 beyond the 支出表's, all funds together
                + "expenditure,total,合计,,basic,,,80.00,万元,narrative,三、支出,32,\n"
                + "gpb_expenditure,total,合计,,basic,,,100.00,万元,narrative,五、XX单位支出情况,33,\n"
                // the 决算's 年初预算 against the 预算: 三公 12.00 budgeted 10.00; 一般公共预算 100.00 as budgeted
                + "three_public,total,合计,,budget_initial,,,12.00,万元,table,,40,\n"
                + "gpb_expenditure,total,合计,,budget_initial,,,100.00,万元,narrative,五、XX单位支出情况,50,\n"
                // the same 年初预算 stated again with another value; 17192 and 17191.52 agree; written by hand,
                // a 财政拨款支出 of 95 (the 人员经费's figure) against 170 is a finding
                + "gpb_expenditure,total,合计,,budget_initial,,,123.92,万元,narrative,五、XX单位支出情况,52,\n"
                + "summary,expenditure_total,本年支出合计,,total,,,17192,万元,narrative,一、总体情况,60,\n"
                + "summary,expenditure_total,本年支出合计,,total,,,17191.52,万元,narrative,一、总体情况,61,\n"
                + "fiscal_summary,expenditure_total,财政拨款支出,,total,,,170.00,万元,narrative,四、财政拨款,70,\n"
                + "fiscal_summary,expenditure_total,财政拨款支出,,total,,,95,万元,narrative,四、财政拨款,71,\n"
                // 比上年减少5.00万元，增长5.26%: both directions for one change; 持平 has none to contradict
                + "admin_running,total,合计,,total,,,90.00,万元,narrative,七、机关运行经费,80,\n"
                + "admin_running,total,合计,,total,change,,-5.00,万元,narrative,七、机关运行经费,80,比上年减少5.00万元\n"
                + "admin_running,total,合计,,total,change_pct,,5.26,%,narrative,七、机关运行经费,80,增长5.26%\n"
                + "three_public,total,合计,,total,,,8.00,万元,narrative,八、三公,90,\n"
                + "three_public,total,合计,,total,change,,-2.00,万元,narrative,八、三公,90,比上年减少2.00万元\n"
                + "three_public,total,合计,,total,change_pct,,-20.00,%,narrative,八、三公,90,下降20%\n"
                // a heading kept from last year's file
                + "procurement,total,政府采购支出总额,,total,,,10.00,万元,narrative,九、2029年度政府采购支出情况,95,\n"),
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("budget-2029.csv"), disclosure("budget", "西宁市城中区医疗保障局2029年部门预算", "",
                "gpb_expenditure,total,合计,,total,,,90.00,万元,table,,8,\n").replace("fiscal_year: 2030",
                "fiscal_year: 2029"), StandardCharsets.UTF_8);
        db = tmp.resolve("w.duckdb");
        Cli.Result ingest = Cli.ingest(db, in);
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }

    private static java.util.List<String> results(String rule) {
        return Cli.sqlCsv(db, "SELECT split_part(disclosure_id, '/', 3) AS kind, subject, status, severity, "
                + "expected::DECIMAL(18, 2) AS expected, actual::DECIMAL(18, 2) AS actual FROM audit_result "
                + "WHERE rule_id = '" + rule + "' AND status <> 'not_enough_data' ORDER BY kind, subject");
    }

    @Test
    void aFigureStatedTwiceWithTwoValuesIsAnErrorUnlessTheReadingMayHaveMisfiledIt() {
        assertThat(results("NARR-RESTATED")).containsExactly("kind,subject,status,severity,expected,actual",
                "final,fiscal_summary.expenditure_total.total,fail,error,95.00,170.00",
                "final,gpb_expenditure.total.budget_initial,fail,error,100.00,123.92",
                "final,summary.expenditure_total.total,pass,error,17191.52,17192.00");
        // in the extracted 预算, 10 is the 三公 total: the reading may have filed it under the wrong line
        assertThat(Cli.sqlValue(db, "SELECT status || ': ' || evidence FROM audit_result WHERE rule_id = "
                + "'NARR-RESTATED' AND disclosure_id LIKE '%/2030/budget'"))
                .isEqualTo("not_enough_data: stated 2 times in the narrative: 170 (line 70), 10 (line 71); 10 is also "
                        + "three_public.total.total (line 6): possibly read under the wrong line");
        assertThat(Cli.sqlValue(db, "SELECT evidence FROM audit_findings WHERE rule_id = 'NARR-RESTATED' AND "
                + "subject LIKE 'gpb_expenditure%'")).isEqualTo("stated 2 times in the narrative: 100 (line 50), "
                        + "123.92 (line 52)");
    }

    @Test
    void aChangeStatedAsADecreaseWithAGrowthRateIsAnError() {
        assertThat(results("NARR-CHANGE-SIGN")).containsExactly("kind,subject,status,severity,expected,actual",
                "final,admin_running.total.total,fail,error,-1.00,1.00",
                "final,three_public.total.total,pass,error,-1.00,-1.00");
        assertThat(Cli.sqlValue(db, "SELECT evidence FROM audit_findings WHERE rule_id = 'NARR-CHANGE-SIGN'"))
                .isEqualTo("change -5 (line 80), rate 5.26% (line 80): a decrease (减少) stated with an increase (增长)");
    }

    @Test
    void personnelAndPublicSpendingAgreeAcrossTheBasicSpendingTables() {
        assertThat(results("XT-PERSONNEL-FISCAL")).containsExactly("kind,subject,status,severity,expected,actual",
                "final,gpb_basic.total.personnel <= fiscal_basic.total.personnel,fail,error,90.00,95.00");
        assertThat(results("XT-PUBLIC-FISCAL")).containsExactly("kind,subject,status,severity,expected,actual",
                "final,gpb_basic.total.public <= fiscal_basic.total.public,pass,error,5.00,5.00");
        assertThat(results("XT-BASIC-ALL")).containsExactly("kind,subject,status,severity,expected,actual",
                "final,gpb_expenditure.total.basic <= expenditure.total.basic,fail,error,80.00,100.00");
    }

    @Test
    void aFinalsInitialBudgetIsTheYearsBudgetDisclosure() {
        assertThat(results("XD-FINAL-BUDGET-INITIAL")).containsExactly("kind,subject,status,severity,expected,actual",
                "final,gpb_expenditure.total.budget_initial,pass,warning,100.00,100.00",
                "final,three_public.total.budget_initial,fail,warning,10.00,12.00");
        assertThat(Cli.sqlValue(db, "SELECT evidence FROM audit_findings WHERE rule_id = 'XD-FINAL-BUDGET-INITIAL'"))
                .isEqualTo("年初预算 12 (line 40); 630103-ylbzj/2030/budget budgets 10 (line 6)");
    }

    @Test
    void aBudgetsPriorYearIsThatYearsOwnBudget() {
        assertThat(Cli.sqlCsv(db, "SELECT disclosure_id, subject, expected, actual, evidence FROM audit_findings "
                + "WHERE rule_id = 'XY-PRIOR-YEAR'")).containsExactly("disclosure_id,subject,expected,actual,evidence",
                "630103-ylbzj/2030/budget,gpb_expenditure.total.total in 2029,90.00,95.00,stated for 2029: 95 (100 - 5) "
                        + "(line 9); 630103-ylbzj/2029/budget has 90 (line 8)");
    }

    @Test
    void aRequiredTableLeftOutIsAnError() {
        assertThat(Cli.sqlCsv(db, "SELECT rule_id, severity, evidence FROM audit_findings WHERE rule_id LIKE "
                + "'REQ-FINAL-%' AND subject = 'expenditure'")).containsExactly("rule_id,severity,evidence",
                "REQ-FINAL-EXPENDITURE,error,not among the 3 tables published");
    }

    @Test
    void templateLeftoversAndTitlesOfAnotherYear() {
        assertThat(Cli.sqlCsv(db, "SELECT split_part(disclosure_id, '/', 3) AS kind, subject, severity FROM "
                + "audit_findings WHERE rule_id = 'TPL-PLACEHOLDER' ORDER BY subject"))
                .containsExactly("kind,subject,severity",
                        "final,heading: 五、XX单位支出情况,error",
                        "final,title of gpb_basic: ××单位一般公共预算财政拨款基本支出决算表,error",
                        "final,title: XX局2029年度部门决算,error");
        assertThat(results("TPL-TITLE-YEAR")).containsExactly("kind,subject,status,severity,expected,actual",
                "budget,title of three_public: 2030年“三公”经费支出预算表,pass,warning,2030.00,",
                "budget,title: 西宁市城中区医疗保障局2029年部门预算,pass,warning,2029.00,",
                "budget,title: 西宁市城中区医疗保障局2030年部门预算,pass,warning,2030.00,",
                "final,heading: 九、2029年度政府采购支出情况,fail,warning,2030.00,",
                "final,title: XX局2029年度部门决算,fail,warning,2030.00,");
        assertThat(Cli.sqlValue(db, "SELECT evidence FROM audit_findings WHERE rule_id = 'TPL-TITLE-YEAR' AND "
                + "subject LIKE 'title:%'"))
                .isEqualTo("the title (the front matter) names 2029, not the disclosure's year 2030");
        assertThat(Cli.sqlValue(db, "SELECT status FROM audit_result WHERE rule_id = 'TPL-PLACEHOLDER' AND "
                + "disclosure_id LIKE '%/2030/budget'")).isEqualTo("pass");
    }
}
