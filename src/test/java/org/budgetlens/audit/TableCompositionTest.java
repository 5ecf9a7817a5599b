package org.budgetlens.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summaries' own composition, which the mutation run found unchecked: 收支总表 本年收入合计 = its income-source
 * rows (财政拨款收入 where stated, else its funds; never both), 财政拨款收入 = its funds; 财政拨款总表 本年收入合计 and
 * its carry-overs = their funds; and the 机关运行经费表's 类 = Σ 款.
 */
class TableCompositionTest {

    private static final String HEADER = "table_id,line_code,line_name,detail,measure,stat,base,value,unit,origin,"
            + "section,source_line,note";

    @TempDir
    Path tmp;

    private static String disclosure(String kind, String rows) {
        return "# budgetlens-disclosure: 1\n# agency_id: 630103-ylbzj\n# fiscal_year: 2030\n# kind: " + kind
                + "\n# source_doc: sources/d.pdf\n" + HEADER + "\n" + rows;
    }

    @Test
    void incomeSourcesCarryOversAndEconomicClassesAddUp() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(RepoData.DATA.resolve("agencies.csv"), in.resolve("agencies.csv"));
        // 预算: the case, 一般公共预算财政拨款收入 665.38 published as 665.99 (no 财政拨款收入 line)
        Files.writeString(in.resolve("budget.csv"), disclosure("budget", ""
                + "summary,gpb,一般公共预算财政拨款收入,,total,,,665.99,万元,table,,10,\n"
                + "summary,gov_fund,政府性基金预算财政拨款收入,,total,,,10.00,万元,table,,11,\n"
                + "summary,business,事业收入,,total,,,20.00,万元,table,,12,\n"
                + "summary,income_total,本年收入合计,,total,,,695.38,万元,table,,13,\n"
                + "fiscal_summary,gpb,一般公共预算财政拨款,,total,,,665.38,万元,table,,20,\n"
                + "fiscal_summary,gov_fund,政府性基金预算财政拨款,,total,,,10.00,万元,table,,21,\n"
                + "fiscal_summary,income_total,本年收入合计,,total,,,675.38,万元,table,,22,\n"
                + "admin_running,302,商品和服务支出,,total,,,10.00,万元,table,,30,\n"
                + "admin_running,30201,办公费,,total,,,4.00,万元,table,,31,\n"
                + "admin_running,30202,印刷费,,total,,,5.00,万元,table,,32,\n"), StandardCharsets.UTF_8);
        // 决算: 财政拨款收入 stated, so its funds are not counted again; the funds themselves do not add up to it
        Files.writeString(in.resolve("final.csv"), disclosure("final", ""
                + "summary,fiscal,财政拨款收入,,total,,,675.38,万元,table,,10,\n"
                + "summary,gpb,一般公共预算财政拨款收入,,total,,,665.99,万元,table,,11,\n"
                + "summary,gov_fund,政府性基金预算财政拨款收入,,total,,,10.00,万元,table,,12,\n"
                + "summary,business,事业收入,,total,,,20.00,万元,table,,13,\n"
                + "summary,income_total,本年收入合计,,total,,,695.38,万元,table,,14,\n"
                + "fiscal_summary,carryover_begin,年初财政拨款结转和结余,,total,,,5.00,万元,table,,20,\n"
                + "fiscal_summary,carryover_begin_gpb,一般公共预算财政拨款,,total,,,4.00,万元,table,,21,\n"
                + "fiscal_summary,carryover_begin_gov_fund,政府性基金预算财政拨款,,total,,,1.50,万元,table,,22,\n"
                + "fiscal_summary,carryover_end,年末财政拨款结转和结余,,total,,,3.00,万元,table,,23,\n"
                + "fiscal_summary,carryover_end_gpb,一般公共预算财政拨款,,total,,,3.00,万元,table,,24,\n"),
                StandardCharsets.UTF_8);
        Path db = tmp.resolve("w.duckdb");
        Cli.Result ingest = Cli.ingest(db, in);
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(Cli.sqlCsv(db, "SELECT rule_id, split_part(disclosure_id, '/', 3) AS kind, subject, status, "
                + "expected::DECIMAL(18, 2) AS expected, actual::DECIMAL(18, 2) AS actual FROM audit_result "
                + "WHERE status <> 'not_enough_data' AND rule_id IN ('SUM-SUMMARY-SOURCES', 'SUM-SUMMARY-FISCAL', "
                + "'SUM-FISCAL-SOURCES', 'SUM-FISCAL-CARRYOVER-BEGIN', 'SUM-FISCAL-CARRYOVER-END', "
                + "'HIER-ADMIN-CLASS') ORDER BY rule_id, kind"))
                .containsExactly("rule_id,kind,subject,status,expected,actual",
                        "HIER-ADMIN-CLASS,budget,admin_running.302.total,fail,10.00,9.00",
                        "SUM-FISCAL-CARRYOVER-BEGIN,final,fiscal_summary.carryover_begin.total,fail,5.00,5.50",
                        "SUM-FISCAL-CARRYOVER-END,final,fiscal_summary.carryover_end.total,pass,3.00,3.00",
                        "SUM-FISCAL-SOURCES,budget,fiscal_summary.income_total.total,pass,675.38,675.38",
                        "SUM-SUMMARY-FISCAL,final,summary.fiscal.total,fail,675.38,675.99",
                        "SUM-SUMMARY-SOURCES,budget,summary.income_total.total,fail,695.38,695.99",
                        "SUM-SUMMARY-SOURCES,final,summary.income_total.total,pass,695.38,695.38");
        assertThat(Cli.sqlValue(db, "SELECT evidence FROM audit_findings WHERE rule_id = 'SUM-SUMMARY-SOURCES'"))
                .isEqualTo("income_total 695.38 (line 13) vs business 20 (line 12) + gov_fund 10 (line 11) + "
                        + "gpb 665.99 (line 10)");
    }
}
