package org.budgetlens.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.budgetlens.warehouse.Warehouse;

/**
 * Runs every rule of the catalogue over everything loaded, in one transaction: the previous audit is replaced
 * whole, and a rule that finds nothing to check in a disclosure records not_enough_data (never a silent pass).
 */
public final class Audit {

    /** Checks made by status, and how many failures are of error severity. */
    public record Summary(long passed, long failed, long notEnoughData, long errors, long rules) {
    }

    private Audit() {
    }

    public static List<Rule> rules() {
        try (InputStream in = Audit.class.getClassLoader().getResourceAsStream("audit/rules.csv");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(r -> new Rule(r.get("rule_id"), r.get("family"), r.get("check"), r.get("severity"),
                            new BigDecimal(r.get("tolerance_per_addend")), r.get("kind"), r.get("op"), r.get("table_id"),
                            r.get("whole"), r.get("parts"), r.get("description")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Summary run(Warehouse warehouse) throws SQLException {
        warehouse.inTransaction(() -> {
            warehouse.runScript("audit/clear.sql");
            for (Rule rule : rules()) {
                warehouse.update("audit/add_rule.sql", rule.ruleId(), rule.family(), rule.severity(),
                        rule.tolerancePerAddend(), rule.description());
                check(warehouse, rule);
            }
            warehouse.runScript("audit/not_enough_data.sql");
        });
        return summary(warehouse);
    }

    public static Summary summary(Warehouse warehouse) throws SQLException {
        return warehouse.query("audit/summary.sql", r -> new Summary(r.getLong(1), r.getLong(2), r.getLong(3),
                r.getLong(4), r.getLong(5))).get(0);
    }

    private static void check(Warehouse warehouse, Rule rule) throws SQLException {
        String script = "audit/" + rule.check() + ".sql";
        switch (rule.check()) {
            case "row_sum" -> warehouse.update(script, rule.ruleId(), rule.severity(), rule.tolerancePerAddend(),
                    rule.tableId(), rule.whole(), rule.parts(), rule.kind());
            case "line_sum", "measure_sum" -> warehouse.update(script, rule.ruleId(), rule.severity(),
                    rule.tolerancePerAddend(), rule.tableId(), rule.whole(), rule.parts());
            case "hierarchy" -> warehouse.update(script, rule.ruleId(), rule.severity(), rule.tolerancePerAddend(),
                    rule.tableId(), Integer.parseInt(rule.whole()), Integer.parseInt(rule.parts()));
            case "stated_change_pct" -> warehouse.update(script, rule.ruleId(), rule.severity(),
                    rule.tolerancePerAddend(), rule.whole(), rule.parts());
            case "narrative_vs_table", "narrative_vs_table_facts", "stated_pct", "stated_diff_pct",
                    "cross_year" -> warehouse.update(script, rule.ruleId(), rule.severity(), rule.tolerancePerAddend());
            case "figure_compare" -> warehouse.update(script, rule.ruleId(), rule.severity(),
                    rule.tolerancePerAddend(), rule.whole(), rule.parts(), rule.op());
            case "class_sum" -> warehouse.update(script, rule.ruleId(), rule.severity(), rule.tolerancePerAddend(),
                    rule.tableId(), rule.whole(), Integer.parseInt(rule.parts()));
            case "detail_sum" -> warehouse.update(script, rule.ruleId(), rule.severity(), rule.tolerancePerAddend(),
                    rule.tableId(), rule.whole());
            case "required_table" -> warehouse.update(script, rule.ruleId(), rule.severity(),
                    rule.tolerancePerAddend(), rule.tableId(), rule.kind());
            case "narrative_topic" -> warehouse.update(script, rule.ruleId(), rule.severity(),
                    rule.tolerancePerAddend(), rule.kind(), rule.parts());
            default -> throw new IllegalStateException("audit/rules.csv: rule " + rule.ruleId()
                    + " names an unknown check " + rule.check());
        }
    }
}
