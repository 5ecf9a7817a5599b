package org.budgetlens.model;

import java.util.Arrays;
import java.util.Optional;

/** What a row states about its figure: the figure itself, or a relation to another year or another figure. */
public enum Stat {
    VALUE("", false, false),
    PRIOR("prior", false, false),
    CHANGE("change", false, false),
    CHANGE_PCT("change_pct", true, false),
    /** A budget against the previous year's execution (比2022年预算执行数增加…): never a change of the budget. */
    CHANGE_EXECUTED("change_executed", false, false),
    CHANGE_EXECUTED_PCT("change_executed_pct", true, false),
    PCT("pct", true, true),
    DIFF_PCT("diff_pct", true, true);

    private final String id;
    private final boolean percent;
    private final boolean needsBase;

    Stat(String id, boolean percent, boolean needsBase) {
        this.id = id;
        this.percent = percent;
        this.needsBase = needsBase;
    }

    public String id() {
        return id;
    }

    /** Whether the value is a percentage (unit must be %). */
    public boolean percent() {
        return percent;
    }

    /** Whether the row must name its denominator in {@code base}. */
    public boolean needsBase() {
        return needsBase;
    }

    private static final java.util.Map<String, Stat> BY_ID =
            Arrays.stream(values()).collect(java.util.stream.Collectors.toUnmodifiableMap(Stat::id, v -> v));

    /** The ids, as the format lists them: blank, prior, change, … */
    public static String ids() {
        return Arrays.stream(values()).map(v -> v.id.isEmpty() ? "blank" : v.id)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public static Optional<Stat> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
