package org.budgetlens.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * The report's Chinese words, all from resource files: column headings and each column's number format
 * ({@code report/columns.csv}; a column without one keeps its name and shows as text), the workbook's words for the
 * closed sets a column holds (budget → 预算, error → 错误, true → 是: {@code report/values.csv}) and the names and
 * formulas of the figures ({@code report/figures.csv}).
 */
public final class Labels {

    private static final Map<String, CSVRecord> COLUMNS = load("report/columns.csv", "column");
    private static final Map<String, String> VALUES = values();
    private static final Map<String, CSVRecord> FIGURES = load("report/figures.csv", "item");

    private Labels() {
    }

    /** The heading of the CSV files and the page. */
    public static String column(String name) {
        CSVRecord r = COLUMNS.get(name);
        return r == null ? name : r.get("label");
    }

    /** The workbook's heading: where the workbook shows a column's values in Chinese, the heading drops the codes. */
    public static String workbookColumn(String name) {
        CSVRecord r = COLUMNS.get(name);
        return r == null ? name : r.get("workbook_label").isEmpty() ? r.get("label") : r.get("workbook_label");
    }

    /** How a column's numbers show: amount, pct, count, year, by_unit (the row's unit says) or text. */
    public static String format(String name) {
        CSVRecord r = COLUMNS.get(name);
        return r == null ? "text" : r.get("format");
    }

    /**
     * A value of a closed set as the workbook shows it: a phase, kind or severity in Chinese, a figure's code as its
     * name, a yes/no as 是/否; any other value as it is.
     */
    public static Object value(String column, Object value) {
        if (value instanceof Boolean flag) {
            return VALUES.getOrDefault("boolean\u0000" + flag, flag.toString());
        }
        if (!(value instanceof String text)) {
            return value;
        }
        if (column.equals("item") && FIGURES.containsKey(text)) {
            return FIGURES.get(text).get("label");
        }
        return VALUES.getOrDefault(column + "\u0000" + text, text);
    }

    /** Every figure's name and formula, in the file's order, for the workbook's 说明 sheet. */
    public static Map<String, String> figureFormulas() {
        Map<String, String> formulas = new LinkedHashMap<>();
        FIGURES.values().forEach(r -> formulas.put(r.get("label"), r.get("formula")));
        return formulas;
    }

    private static Map<String, String> values() {
        Map<String, String> values = new HashMap<>();
        for (CSVRecord r : ReportResources.csv("report/values.csv")) {
            values.put(r.get("column") + "\u0000" + r.get("value"), r.get("label"));
        }
        return Map.copyOf(values);
    }

    private static Map<String, CSVRecord> load(String resource, String key) {
        Map<String, CSVRecord> records = new LinkedHashMap<>();
        for (CSVRecord r : ReportResources.csv(resource)) {
            records.put(r.get(key), r);
        }
        return records;
    }
}
