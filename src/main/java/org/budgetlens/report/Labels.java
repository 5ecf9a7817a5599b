package org.budgetlens.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/** The report's Chinese column headings, from {@code report/columns.csv}; a column without one keeps its name. */
public final class Labels {

    private static final Map<String, String> COLUMNS = load();

    private Labels() {
    }

    public static String column(String name) {
        return COLUMNS.getOrDefault(name, name);
    }

    private static Map<String, String> load() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (CSVRecord r : ReportResources.csv("report/columns.csv")) {
            labels.put(r.get("column"), r.get("label"));
        }
        return Map.copyOf(labels);
    }
}
