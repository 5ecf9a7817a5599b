package org.budgetlens.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.budgetlens.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated disclosures through ingest and audit: clean ones pass every rule, planted defects are all found. */
class GeneratedAuditTest {

    @TempDir
    Path tmp;

    private Path generate(String agencies, String years, String rate) {
        Path out = tmp.resolve("out");
        Cli.Result g = Cli.run("generate", "--agencies", agencies, "--years", years, "--seed", "42", "--defect-rate",
                rate, "--out", out.toString());
        assertThat(g.exitCode()).as(g.err()).isZero();
        Path db = tmp.resolve("w.duckdb");
        Cli.Result ingest = Cli.ingest(db, out.resolve("agencies.csv"), out.resolve("qinghai"));
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM rejects")).isEqualTo("0");
        return out;
    }

    @Test
    void cleanDataLoadsWithoutRejectsAndPassesEveryRule() {
        generate("30", "2", "0");
        Path db = tmp.resolve("w.duckdb");
        Cli.Result audit = Cli.run("--db", db.toString(), "audit");
        assertThat(audit.exitCode()).as(audit.out()).isZero();
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM audit_result WHERE status = 'fail'")).isEqualTo("0");
        assertThat(Long.parseLong(Cli.sqlValue(db, "SELECT count(*) FROM audit_result WHERE status = 'pass'")))
                .isGreaterThan(5_000);
        // Every rule checked something, except the rare 因公出国 and 公务用车购置 a registry this small may lack, the
        // growth rate against last year's execution, which generated budgets do not state (they compare with
        // last year's budget), and what generated disclosures do not publish: a figure stated twice in the
        // narrative, a 整体支出绩效自评表, a 财政拨款基本支出表 beside the 一般公共预算 one.
        List<String> unchecked = Cli.sqlCsv(db, "SELECT rule_id FROM audit_rule WHERE rule_id NOT IN "
                + "(SELECT rule_id FROM audit_result WHERE status = 'pass') ORDER BY rule_id");
        assertThat(unchecked.subList(1, unchecked.size())).isSubsetOf("CONT-ABROAD", "CONT-VEHICLE-PURCHASE",
                "NARR-CHANGE-EXEC-PCT", "NARR-CHANGE-EXEC-SIGN", "NARR-RESTATED", "PERF-DEPT-BUDGET-INITIAL", "XT-PERSONNEL-FISCAL",
                "XT-PUBLIC-FISCAL");
    }

    @Test
    void everyPlantedDefectIsFoundAndNothingElse() throws IOException {
        Path out = generate("30", "3", "0.8");
        Path db = tmp.resolve("w.duckdb");
        assertThat(Cli.run("--db", db.toString(), "audit").exitCode()).isIn(0, 4);
        Cli.Result score = Cli.run("--db", db.toString(), "score", "--answer-key",
                out.resolve(AnswerKey.FILE).toString());
        assertThat(score.exitCode()).as(score.out()).isZero();
        assertThat(score.out()).contains("recall: 100.00%", "false alarms: 0 (0 on clean disclosures)");
        List<AnswerKey.Entry> key = AnswerKey.read(out.resolve(AnswerKey.FILE));
        assertThat(key).hasSizeGreaterThan(100);
        Set<String> families = key.stream().map(AnswerKey.Entry::family).collect(Collectors.toSet());
        assertThat(families).hasSize(Defects.Family.values().length);
    }
}
