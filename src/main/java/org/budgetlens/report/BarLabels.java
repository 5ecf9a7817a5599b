package org.budgetlens.report;

import java.util.HashSet;
import java.util.Set;

/**
 * Category labels of a chart: names longer than a chart row can hold are shortened (the table keeps them whole),
 * and a label already used gets its region code (many districts have a "区医疗保障局"), then a number, so two
 * agencies of the same name never merge into one bar.
 */
final class BarLabels {

    private final int max;
    private final Set<String> used = new HashSet<>();

    BarLabels() {
        this(22);
    }

    BarLabels(int max) {
        this.max = max;
    }

    String next(String name, boolean flagged) {
        return next(name, null, flagged);
    }

    String next(String name, String region, boolean flagged) {
        String base = name == null || name.isBlank() ? "（未命名）" : drawable(name.strip());
        if (base.codePointCount(0, base.length()) > max) {
            base = base.substring(0, base.offsetByCodePoints(0, max - 1)) + "…";
        }
        if (flagged) {
            base = base + " *";
        }
        if (used.add(base)) {
            return base;
        }
        String qualified = region == null ? base : base + " (" + region + ")";
        if (used.add(qualified)) {
            return qualified;
        }
        for (int n = 2; ; n++) {
            String numbered = qualified + " (" + n + ")";
            if (used.add(numbered)) {
                return numbered;
            }
        }
    }

    /**
     * The name with every character the report font cannot draw (an emoji, a control character, a rare ideograph)
     * shown as '?': a chart label must never print boxes; the tables keep the name as published.
     */
    static String drawable(String name) {
        if (ReportFont.cannotDisplayFrom(name) < 0) {
            return name;
        }
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            b.append(ReportFont.cannotDisplayFrom(c) < 0 ? c : "?");
        });
        return b.toString();
    }
}
