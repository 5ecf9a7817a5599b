package org.budgetlens.report;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * The Chinese a page shows for a value of a closed set (kind budget → 预算, severity error → 错误), from
 * {@code report/values.csv}; a value without a word stays as it is.
 */
final class Words {

    private static final Map<String, String> WORDS = load();

    private Words() {
    }

    static Object value(String column, Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        return WORDS.getOrDefault(column + "\u0000" + text, text);
    }

    private static Map<String, String> load() {
        Map<String, String> words = new HashMap<>();
        for (CSVRecord r : ReportResources.csv("report/values.csv")) {
            words.put(r.get("column") + "\u0000" + r.get("value"), r.get("label"));
        }
        return Map.copyOf(words);
    }
}
