package org.budgetlens.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.budgetlens.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit on real disclosures as published (the PDFs of src/test/resources/pdf, extracted by ingest): rates are
 * not warned about for rounding noise, a rate cut instead of rounded or a share forced to 100% is information, and
 * the rules on restatements, directions, templates and other documents find nothing the reading may have made.
 */
class RealDisclosuresAuditTest {

    private static final Path PDFS = Path.of("src/test/resources/pdf");

    @TempDir
    static Path tmp;

    static Path db;

    @BeforeAll
    static void extractAndAudit() {
        db = tmp.resolve("real.duckdb");
        Cli.Result ingest = Cli.ingest(db, PDFS.resolve("jiangsu"), PDFS.resolve("shanghai"));
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }

    @Test
    void noRateWarningForRoundingNoise() {
        // before the tolerance knew the inputs' precision and compared unrounded, each of these was a warning
        assertThat(Cli.sqlCsv(db, "SELECT rule_id, split_part(disclosure_id, '/', 1) AS agency, subject, evidence "
                + "FROM audit_findings WHERE severity = 'info' ORDER BY rule_id, agency, subject"))
                .containsExactly("rule_id,agency,subject,evidence",
                        "NARR-CHANGE-PCT,320000-wbgt-c8bd,fiscal_expenditure.2013101.total,\"stated 16.07% "
                                + "(2019-部门预算-说明.pdf p. 9), recomputed 1297.83 (2019-部门预算-说明.pdf p. 9) ÷ "
                                + "(9370.12 (2019-部门预算-公开表.pdf p. 5, table 1, row 5, 2013101) - 1297.83): the rate "
                                + "truncated, not rounded\"",
                        "NARR-PCT,320000-gjrmfy-a839,expenditure.total.reserve ÷ total:total,\"stated 0.64% (p. 20), "
                                + "recomputed 182.92 (p. 13, table 2, row 2) ÷ 28849.38 (p. 13, table 2, row 2): one of "
                                + "3 shares stated to add up to 100%\"",
                        "NARR-PCT,320000-wbgt-c8bd,three_public.vehicles.total ÷ total:total,\"stated 80.92% "
                                + "(2019-部门预算-说明.pdf p. 12), recomputed 411.2 (2019-部门预算-公开表.pdf p. 9, table 1, "
                                + "row 4) ÷ 508.2 (2019-部门预算-公开表.pdf p. 9, table 1, row 4): one of 3 shares stated "
                                + "to add up to 100%\"");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM audit_findings WHERE severity <> 'info' AND rule_id IN "
                + "('NARR-PCT', 'NARR-CHANGE-PCT', 'NARR-DIFF-PCT') AND abs(difference) <= 0.03")).isEqualTo("0");
    }

    @Test
    void aClassReadAsTheTotalIsNoRestatementFinding() {
        // 上海市财政局 2025: 财政拨款支出预算17192万元, then 一般公共服务支出科目12789万元 read as the same line
        assertThat(Cli.sqlValue(db, "SELECT status || ': ' || evidence FROM audit_result WHERE rule_id = "
                + "'NARR-RESTATED' AND subject = 'fiscal_summary.expenditure_total.total'"))
                .startsWith("not_enough_data: stated 2 times in the narrative: 17192 (p. 6), 12789 (p. 6); ")
                .contains("12789 is also expenditure.201.total").endsWith(": possibly read under the wrong line");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM audit_result WHERE rule_id = 'NARR-RESTATED' AND status = "
                + "'pass'")).isNotEqualTo("0");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM audit_findings WHERE rule_id IN ('NARR-RESTATED', "
                + "'NARR-CHANGE-SIGN', 'NARR-CHANGE-EXEC-SIGN', 'TPL-PLACEHOLDER', 'TPL-TITLE-YEAR', "
                + "'XT-PERSONNEL-FISCAL', 'XT-PUBLIC-FISCAL', 'XD-FINAL-BUDGET-INITIAL', 'PERF-DEPT-BUDGET-INITIAL') "
                + "OR rule_id LIKE 'REQ-%'")).isEqualTo("0");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM audit_result WHERE rule_id = 'TPL-TITLE-YEAR' AND status = "
                + "'pass'")).isNotEqualTo("0");
    }
}
