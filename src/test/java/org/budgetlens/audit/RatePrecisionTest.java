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
 * Stated rates are judged within the precision of the figures they are computed from: amounts published to one
 * decimal of 万元 move a rate further than amounts to two, and a rate stated to one decimal covers ±0.05. A rate cut
 * instead of rounded, or one of several shares forced to add up to 100%, is information, shown and never counted.
 */
class RatePrecisionTest {

    private static final String HEADER = "table_id,line_code,line_name,detail,measure,stat,base,value,unit,origin,"
            + "section,source_line,note";

    @TempDir
    static Path tmp;

    static Path db;
    static Cli.Result ingest;

    @BeforeAll
    static void load() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(RepoData.DATA.resolve("agencies.csv"), in.resolve("agencies.csv"));
        Files.writeString(in.resolve("final.csv"), "# budgetlens-disclosure: 1\n# agency_id: 630103-ylbzj\n"
                + "# fiscal_year: 2030\n# kind: final\n# source_doc: sources/d.pdf\n" + HEADER + "\n"
                // amounts to one decimal: 12.3 ÷ 45.6 = 26.97%, stated 27.05 (12.35 ÷ 45.55 would be 27.11)
                + "expenditure,total,合计,,total,,,45.6,万元,narrative,三、支出,10,\n"
                + "expenditure,total,合计,,basic,,,12.3,万元,narrative,三、支出,10,\n"
                + "expenditure,total,合计,,basic,pct,total:total,27.05,%,narrative,三、支出,10,\n"
                // 2000 ÷ 3000 = 66.666…%: 66.6 is the rate cut, not rounded (info); 70.0 is wrong (warning)
                + "three_public,total,合计,,total,,,2000.00,万元,table,,20,\n"
                + "three_public,total,合计,,budget_full_year,,,3000.00,万元,table,,20,\n"
                + "three_public,total,合计,,total,pct,total:budget_full_year,66.6,%,narrative,九、三公,21,\n"
                + "admin_running,total,合计,,total,,,2000.00,万元,table,,30,\n"
                + "admin_running,total,合计,,budget_initial,,,3000.00,万元,table,,30,\n"
                + "admin_running,total,合计,,total,pct,total:budget_initial,70.0,%,narrative,十、机关运行,31,\n"
                // three thirds of 3000 stated 33.34 + 33.33 + 33.33 = 100: the first was forced to make 100%
                + "income,total,合计,,total,,,3000.00,万元,table,,40,\n"
                + "income,total,合计,,fiscal,,,1000.00,万元,table,,40,\n"
                + "income,total,合计,,business,,,1000.00,万元,table,,40,\n"
                + "income,total,合计,,other,,,1000.00,万元,table,,40,\n"
                + "income,total,合计,,fiscal,pct,total:total,33.34,%,narrative,二、收入,41,\n"
                + "income,total,合计,,business,pct,total:total,33.33,%,narrative,二、收入,41,\n"
                + "income,total,合计,,other,pct,total:total,33.33,%,narrative,二、收入,41,\n"
                // growth on one-decimal amounts: 10.5 ÷ (110.5 - 10.5) = 10.5%, stated 10.55
                + "gpb_expenditure,2080505,机关事业单位基本养老保险缴费支出,,total,,,110.5,万元,narrative,五、,50,\n"
                + "gpb_expenditure,2080505,机关事业单位基本养老保险缴费支出,,total,change,,10.5,万元,narrative,五、,50,\n"
                + "gpb_expenditure,2080505,机关事业单位基本养老保险缴费支出,,total,change_pct,,10.55,%,narrative,五、,50,\n"
                // 2000 ÷ (5000 - 2000) = 66.666…%, stated 66.66: cut, not rounded
                + "gpb_expenditure,2101101,行政单位医疗,,total,,,5000.00,万元,narrative,五、,60,\n"
                + "gpb_expenditure,2101101,行政单位医疗,,total,change,,2000.00,万元,narrative,五、,60,\n"
                + "gpb_expenditure,2101101,行政单位医疗,,total,change_pct,,66.66,%,narrative,五、,60,\n",
                StandardCharsets.UTF_8);
        db = tmp.resolve("w.duckdb");
        ingest = Cli.ingest(db, in);
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }

    @Test
    void ratesAreJudgedWithinThePrecisionOfTheirInputs() {
        assertThat(Cli.sqlCsv(db, "SELECT rule_id, subject, status, severity FROM audit_result WHERE rule_id IN "
                + "('NARR-PCT', 'NARR-CHANGE-PCT') ORDER BY rule_id, subject"))
                .containsExactly("rule_id,subject,status,severity",
                        "NARR-CHANGE-PCT,gpb_expenditure.2080505.total,pass,warning",
                        "NARR-CHANGE-PCT,gpb_expenditure.2101101.total,fail,info",
                        "NARR-PCT,admin_running.total.total ÷ total:budget_initial,fail,warning",
                        "NARR-PCT,expenditure.total.basic ÷ total:total,pass,warning",
                        "NARR-PCT,income.total.business ÷ total:total,pass,warning",
                        "NARR-PCT,income.total.fiscal ÷ total:total,fail,info",
                        "NARR-PCT,income.total.other ÷ total:total,pass,warning",
                        "NARR-PCT,three_public.total.total ÷ total:budget_full_year,fail,info");
        assertThat(Cli.sqlValue(db, "SELECT evidence FROM audit_findings WHERE subject LIKE 'income.total.fiscal%'"))
                .isEqualTo("stated 33.34% (line 41), recomputed 1000 (line 40) ÷ 3000 (line 40): one of 3 shares "
                        + "stated to add up to 100%");
        assertThat(Cli.sqlValue(db, "SELECT evidence FROM audit_findings WHERE subject LIKE 'three_public%'"))
                .endsWith(": the rate truncated, not rounded");
    }

    @Test
    void informationIsShownAndNeverCounted() throws IOException {
        // the small table also trips other rules (its classes are not published); the counts leave out info only
        long errors = Long.parseLong(Cli.sqlValue(db, "SELECT count(*) FROM audit_findings WHERE severity = 'error'"));
        long warnings = Long.parseLong(Cli.sqlValue(db, "SELECT count(*) FROM audit_findings WHERE severity = "
                + "'warning'"));
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM audit_findings WHERE severity = 'info'")).isEqualTo("3");
        assertThat(ingest.out()).contains("audit:   " + errors + " error and " + warnings + " warning findings");
        Cli.Result audit = Cli.run("--db", db.toString(), "audit", "--format", "csv");
        assertThat(audit.err()).contains((errors + warnings) + " failed (" + errors + " of error severity)")
                .contains(", 3 for information only (not counted)");
        assertThat(audit.lines()).hasSize(1 + (int) (errors + warnings) + 3).last().asString().contains(",info,");
        assertThat(Cli.run("--db", db.toString(), "audit", "--severity", "info", "--format", "csv").lines())
                .hasSize(4);
        Path report = tmp.resolve("report");
        assertThat(Cli.run("--db", db.toString(), "report", "--out", report.toString()).exitCode()).isZero();
        assertThat(Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8))
                .contains("共" + (errors + warnings) + "条发现（错误与警告），另列3条提示");
    }
}
