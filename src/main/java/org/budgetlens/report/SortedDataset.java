package org.budgetlens.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Collects chart values by series and category, then builds a dataset whose categories (years, or "year phase")
 * are in ascending order whatever order the rows came in; series keep the order they first appeared in.
 */
final class SortedDataset {

    private final Map<String, Map<String, BigDecimal>> bySeries = new LinkedHashMap<>();
    private final TreeSet<String> categories = new TreeSet<>();

    void add(BigDecimal value, String series, String category) {
        bySeries.computeIfAbsent(series, s -> new LinkedHashMap<>()).put(category, value);
        categories.add(category);
    }

    boolean isEmpty() {
        return categories.isEmpty();
    }

    DefaultCategoryDataset build() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, Map<String, BigDecimal>> series : bySeries.entrySet()) {
            for (String category : categories) {
                data.addValue(series.getValue().get(category), series.getKey(), category);
            }
        }
        return data;
    }
}
