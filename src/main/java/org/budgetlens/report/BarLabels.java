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
        String base = name == null || name.isBlank() ? "（未命名）" : name.strip();
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
}
