package org.budgetlens.benchmark;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.budgetlens.generate.AnswerKey;
import org.budgetlens.warehouse.Warehouse;

/**
 * Scores the audit kept in a warehouse against the answer key of a generated province. A planted defect is found
 * when its rule fired on its disclosure. A false alarm is a (disclosure, rule) pair with findings that the key does
 * not expect: any finding on a disclosure without a planted defect, or a rule on a defective disclosure that is
 * neither the defect's rule nor one it necessarily trips (the key's also_fires).
 */
public final class AnswerKeyScore {

    /** A (disclosure, rule) pair with findings, and how many failed checks it has. */
    public record Finding(String disclosureId, String ruleId, long checks) {
    }

    /**
     * The score.
     *
     * @param planted         defects in the key
     * @param found           of them, those whose rule fired on their disclosure
     * @param missed          the key entries not found
     * @param falseAlarms     unexpected (disclosure, rule) pairs
     * @param onCleanDisclosures of the false alarms, those on disclosures without a planted defect
     * @param auditChecks     checks the audit made (0: the audit has not run)
     */
    public record Score(int planted, int found, List<AnswerKey.Entry> missed, List<Finding> falseAlarms,
            long onCleanDisclosures, long auditChecks) {

        public double recall() {
            return planted == 0 ? 1.0 : (double) found / planted;
        }

        public boolean perfect() {
            return missed.isEmpty() && falseAlarms.isEmpty();
        }
    }

    private AnswerKeyScore() {
    }

    public static Score score(Warehouse warehouse, List<AnswerKey.Entry> key) throws SQLException {
        long checks = warehouse.query("score/audit_checks.sql", r -> r.getLong(1)).get(0);
        List<Finding> findings = warehouse.query("score/findings_by_disclosure_rule.sql",
                r -> new Finding(r.getString(1), r.getString(2), r.getLong(3)));
        Set<String> fired = new HashSet<>();
        for (Finding f : findings) {
            fired.add(f.disclosureId() + " " + f.ruleId());
        }
        Map<String, Set<String>> expected = new HashMap<>();
        List<AnswerKey.Entry> missed = new ArrayList<>();
        for (AnswerKey.Entry e : key) {
            Set<String> rules = expected.computeIfAbsent(e.disclosureId(), d -> new HashSet<>());
            rules.add(e.ruleId());
            rules.addAll(e.alsoFires());
            if (!fired.contains(e.disclosureId() + " " + e.ruleId())) {
                missed.add(e);
            }
        }
        List<Finding> falseAlarms = new ArrayList<>();
        long onClean = 0;
        for (Finding f : findings) {
            Set<String> rules = expected.get(f.disclosureId());
            if (rules == null || !rules.contains(f.ruleId())) {
                falseAlarms.add(f);
                onClean += rules == null ? 1 : 0;
            }
        }
        return new Score(key.size(), key.size() - missed.size(), List.copyOf(missed), List.copyOf(falseAlarms),
                onClean, checks);
    }
}
