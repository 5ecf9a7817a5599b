package org.budgetlens.report;

import java.util.HashSet;
import java.util.Set;

/**
 * Category labels of a chart: names longer than a chart row can hold are shortened (the table keeps them whole),
 * and a label already used gets a number, so two agencies of the same name never merge into one bar.
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
        String base = name == null || name.isBlank() ? "（未命名）" : name.strip();
        if (base.codePointCount(0, base.length()) > max) {
            base = base.substring(0, base.offsetByCodePoints(0, max - 1)) + "…";
        }
        if (flagged) {
            base = base + " *";
        }
        String label = base;
        for (int n = 2; !used.add(label); n++) {
            label = base + " (" + n + ")";
        }
        return label;
    }
}
