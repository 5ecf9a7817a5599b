package org.budgetlens.report;

import java.util.List;

/**
 * The workbook's number formats, by the column's format in {@code report/columns.csv}: amounts {@code #,##0.00}
 * (万元), rates {@code #,##0.00\%} (a literal %, no scaling) — the cell holds the percent number as the CSV does (88.54, shown 88.54%; a
 * formula that wants the fraction divides by 100) — counts {@code #,##0}, years plain ({@code 0}, never 2,024).
 */
final class CellFormats {

    static final String AMOUNT = "#,##0.00";
    static final String PERCENT = "#,##0.00\\%";
    static final String COUNT = "#,##0";
    static final String YEAR = "0";

    private CellFormats() {
    }

    /** The Excel format of a number in {@code column} of {@code row} (of a table of {@code columns}). */
    static String of(List<String> columns, List<Object> row, String column) {
        return switch (Labels.format(column)) {
            case "amount" -> AMOUNT;
            case "pct" -> PERCENT;
            case "count" -> COUNT;
            case "year" -> YEAR;
            case "by_unit" -> byUnit(columns.contains("unit") ? row.get(columns.indexOf("unit")) : null);
            default -> row.get(columns.indexOf(column)) instanceof Number n ? general(n) : null;
        };
    }

    /** A rate's unit is %; an amount's 万元 (or 万元/人, 分): two decimals. */
    static String byUnit(Object unit) {
        return "%".equals(unit) ? PERCENT : AMOUNT;
    }

    private static String general(Number n) {
        return n instanceof java.math.BigDecimal ? AMOUNT : COUNT;
    }
}
