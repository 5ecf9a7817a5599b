package org.budgetlens.generate;

/**
 * One defect planted in one disclosure, as the answer key records it.
 *
 * @param family    the defect family (see {@link Defects})
 * @param ruleId    the audit rule that must fire on the disclosure
 * @param alsoFires other rules the same change necessarily trips (';'-separated; blank when none)
 * @param table     table_id changed
 * @param line      line_code changed
 * @param measure   measure changed (blank for a whole table)
 * @param stat      stat of the changed figure (blank: the figure itself)
 * @param change    what was changed, in words
 * @param original  the value before (blank when a table was removed)
 * @param planted   the value after
 */
public record PlantedDefect(String family, String ruleId, String alsoFires, String table, String line,
        String measure, String stat, String change, String original, String planted) {
}
