package org.budgetlens.report;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

/**
 * The workbook's sheet names: Chinese, from {@code report/sheets.csv} by table id (an id ending in {@code *} covers
 * every id it starts; an empty name keeps the table out of the workbook: the per-agency and per-district trends are
 * rows of the long metrics sheet), else the table's title. Excel's rules hold: at most 31 characters, none of
 * {@code [ ] : * ? / \}, unique (case-insensitive) — a name already used gets "~2", "~3".
 */
final class SheetNames {

    static final int MAX = 31;
    private static final Map<String, String> NAMES = load();

    private final Set<String> used = new HashSet<>();

    /** Whether the table has a sheet of its own. */
    static boolean hasSheet(DataTable table) {
        String name = configured(table.id());
        return name == null || !name.isEmpty();
    }

    /** The name a table's sheet asks for, before cleaning and making unique. */
    static String wanted(DataTable table) {
        String configured = configured(table.id());
        return configured != null ? configured : table.title().isBlank() ? table.id() : table.title();
    }

    /** A new sheet's name, unique in this workbook. */
    String next(String wanted) {
        String base = cut(clean(wanted), MAX);
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "~" + n;
            name = cut(base, MAX - suffix.length()) + suffix;
        }
        return name;
    }

    private static String configured(String id) {
        if (NAMES.containsKey(id)) {
            return NAMES.get(id);
        }
        for (Map.Entry<String, String> e : NAMES.entrySet()) {
            String key = e.getKey();
            if (key.endsWith("*") && id.startsWith(key.substring(0, key.length() - 1))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Excel refuses these characters, and a name that starts or ends with an apostrophe. */
    static String clean(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "_").strip();
        cleaned = cleaned.replaceAll("^'+|'+$", "");
        return cleaned.isEmpty() ? "表" : cleaned;
    }

    /** At most {@code max} UTF-16 units (Excel's count), never half a surrogate pair. */
    private static String cut(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(max - 1)) ? max - 1 : max;
        return name.substring(0, end);
    }

    private static Map<String, String> load() {
        Map<String, String> names = new LinkedHashMap<>();
        for (CSVRecord r : ReportResources.csv("report/sheets.csv")) {
            names.put(r.get("id"), r.get("sheet"));
        }
        return Map.copyOf(names);
    }
}
