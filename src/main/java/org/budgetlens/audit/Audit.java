package org.budgetlens.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.budgetlens.warehouse.SqlResource;
import org.budgetlens.warehouse.Warehouse;

/**
 * Runs every rule of the catalogue over everything loaded, in one transaction: the previous audit is replaced
 * whole, and a rule that finds nothing to check in a disclosure records not_enough_data (never a silent pass). The
 * same transaction records the data generation it audited and the fingerprint of the rules, so that an audit behind
 * the data is known for what it is whatever happened after (see generations in schema/002_generations.sql).
 */
public final class Audit {

    /**
     * Checks made by status, and how many failures are of error severity. failed counts error and warning failures;
     * info the failures shown for information only (never counted against a disclosure).
     */
    public record Summary(long passed, long failed, long notEnoughData, long errors, long rules, long info) {
    }

    /** The checks a rule may name: one SQL file each, sql/audit/CHECK.sql, called in {@link #check}. */
    static final Set<String> CHECKS = Set.of("row_sum", "line_sum", "measure_sum", "hierarchy", "narrative_vs_table",
            "narrative_vs_table_facts", "stated_pct", "stated_change_pct", "stated_diff_pct", "figure_compare",
            "class_sum", "detail_sum", "cross_year", "required_table", "narrative_topic", "restated",
            "final_vs_budget", "placeholder_text", "title_year", "change_direction");

    private static final String HASH = hash();

    private Audit() {
    }

    /**
     * The catalogue, checked as it is read: every rule has an id of its own, a known check, a severity of the closed
     * set and both texts (the English description and the Chinese one the audit command shows); a row that breaks
     * one of these stops the audit with the rule and what is wrong, rather than running a rule nobody can read.
     */
    public static List<Rule> rules() {
        try (InputStream in = Audit.class.getClassLoader().getResourceAsStream("audit/rules.csv");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return rules(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalogue read from {@code reader} (the format of audit/rules.csv), checked as {@link #rules()} says. */
    static List<Rule> rules(Reader reader) throws IOException {
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
        for (String column : List.of("rule_id", "family", "check", "severity", "tolerance_per_addend", "kind", "op",
                "table_id", "whole", "parts", "description", "text_zh")) {
            if (!records.getHeaderMap().containsKey(column)) {
                throw new IllegalStateException("audit/rules.csv: no column " + column);
            }
        }
        List<Rule> rules = new java.util.ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (var r : records) {
            String id = r.get("rule_id");
            String where = "audit/rules.csv line " + (r.getRecordNumber() + 1) + ", rule " + id + ": ";
            if (id.isBlank() || !ids.add(id)) {
                throw new IllegalStateException(where + "the rule id is blank or not unique");
            }
            if (!CHECKS.contains(r.get("check"))) {
                throw new IllegalStateException(where + "unknown check '" + r.get("check") + "'");
            }
            Severity severity;
            try {
                severity = Severity.parse(r.get("severity"));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + e.getMessage(), e);
            }
            if (r.get("description").isBlank() || r.get("text_zh").isBlank()) {
                throw new IllegalStateException(where + "description and text_zh must both be given");
            }
            rules.add(new Rule(id, r.get("family"), r.get("check"), severity,
                    new BigDecimal(r.get("tolerance_per_addend")), r.get("kind"), r.get("op"), r.get("table_id"),
                    r.get("whole"), r.get("parts"), r.get("description"), r.get("text_zh").strip()));
        }
        return List.copyOf(rules);
    }

    public static Summary run(Warehouse warehouse) throws SQLException {
        return run(warehouse, () -> { });
    }

    /** As {@link #run(Warehouse)}, running {@code beforeCommit} inside the audit's transaction. */
    public static Summary run(Warehouse warehouse, Warehouse.SqlWork beforeCommit) throws SQLException {
        warehouse.inTransaction(() -> {
            warehouse.runScript("audit/clear.sql");
            for (Rule rule : rules()) {
                warehouse.update("audit/add_rule.sql", rule.ruleId(), rule.family(), rule.severity().name(),
                        rule.tolerancePerAddend(), rule.description(), rule.textZh());
                check(warehouse, rule);
            }
            warehouse.runScript("audit/not_enough_data.sql");
            warehouse.update("audit/mark_audited.sql", HASH);
            beforeCommit.run();
        });
        return summary(warehouse);
    }

    /**
     * Whether the stored audit was run on another generation of the data than the warehouse holds, or with other
     * rules or checks (a new release), or never.
     */
    public static boolean stale(Warehouse warehouse) throws SQLException {
        var state = warehouse.query("audit/select_state.sql",
                r -> new Object[] {r.getLong(1), r.getLong(2), r.getString(3)});
        return state.isEmpty() || !state.get(0)[0].equals(state.get(0)[1]) || !HASH.equals(state.get(0)[2]);
    }

    /** The fingerprint of the rule catalogue and of every statement the audit runs. */
    private static String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Audit.class.getClassLoader().getResourceAsStream("audit/rules.csv")) {
                digest.update(in.readAllBytes());
            }
            Set<String> scripts = new TreeSet<>(List.of("audit/clear.sql", "audit/add_rule.sql",
                    "audit/not_enough_data.sql"));
            rules().forEach(rule -> scripts.add("audit/" + rule.check() + ".sql"));
            for (String script : scripts) {
                for (String statement : SqlResource.statements(script)) {
                    digest.update(statement.getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Summary summary(Warehouse warehouse) throws SQLException {
        return warehouse.query("audit/summary.sql", r -> new Summary(r.getLong(1), r.getLong(2), r.getLong(3),
                r.getLong(4), r.getLong(5), r.getLong(6))).get(0);
    }

    private static void check(Warehouse warehouse, Rule rule) throws SQLException {
        String script = "audit/" + rule.check() + ".sql";
        String severity = rule.severity().name();
        switch (rule.check()) {
            case "row_sum" -> warehouse.update(script, rule.ruleId(), severity, rule.tolerancePerAddend(),
                    rule.tableId(), rule.whole(), rule.parts(), rule.kind());
            case "line_sum", "measure_sum" -> warehouse.update(script, rule.ruleId(), severity,
                    rule.tolerancePerAddend(), rule.tableId(), rule.whole(), rule.parts());
            case "hierarchy" -> warehouse.update(script, rule.ruleId(), severity, rule.tolerancePerAddend(),
                    rule.tableId(), Integer.parseInt(rule.whole()), Integer.parseInt(rule.parts()));
            case "stated_change_pct", "change_direction" -> warehouse.update(script, rule.ruleId(), severity,
                    rule.tolerancePerAddend(), rule.whole(), rule.parts());
            case "narrative_vs_table", "narrative_vs_table_facts", "stated_pct", "stated_diff_pct",
                    "cross_year", "restated", "final_vs_budget", "title_year" ->
                    warehouse.update(script, rule.ruleId(), severity, rule.tolerancePerAddend());
            case "figure_compare" -> warehouse.update(script, rule.ruleId(), severity,
                    rule.tolerancePerAddend(), rule.whole(), rule.parts(), rule.op());
            case "class_sum" -> warehouse.update(script, rule.ruleId(), severity, rule.tolerancePerAddend(),
                    rule.tableId(), rule.whole(), Integer.parseInt(rule.parts()));
            case "detail_sum" -> warehouse.update(script, rule.ruleId(), severity, rule.tolerancePerAddend(),
                    rule.tableId(), rule.whole());
            case "placeholder_text" -> warehouse.update(script, rule.ruleId(), severity,
                    rule.tolerancePerAddend(), rule.whole());
            case "required_table" -> warehouse.update(script, rule.ruleId(), severity,
                    rule.tolerancePerAddend(), rule.tableId(), rule.kind());
            case "narrative_topic" -> warehouse.update(script, rule.ruleId(), severity,
                    rule.tolerancePerAddend(), rule.kind(), rule.parts());
            default -> throw new IllegalStateException("audit/rules.csv: rule " + rule.ruleId()
                    + " names an unknown check " + rule.check());
        }
    }
}
