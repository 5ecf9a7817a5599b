package org.budgetlens.extract;

/**
 * One extracted figure: a row of the normalized disclosure format (docs/normalized-format.md). {@code value} is the
 * number as published (spaces of the PDF conversion removed); {@code unit} the unit the document states.
 */
public record Figure(String tableId, String lineCode, String lineName, String detail, String measure, String stat,
        String base, String value, String unit, String origin, String section, int sourceLine, String note) {

    /** A table cell. */
    static Figure cell(String tableId, String lineCode, String lineName, String detail, String measure, String value,
            String unit, int line) {
        return new Figure(tableId, lineCode, lineName, detail, measure, "", "", value, unit, "table", "", line, "");
    }

    /** The {@code _table} row declaring a published table. */
    static Figure table(String tableId, String title, String number, String unit, int line, String note) {
        return new Figure(tableId, "_table", title, number, "", "", "", "", unit, "table", "", line, note);
    }

    Figure withDetail(String newDetail) {
        return new Figure(tableId, lineCode, lineName, newDetail, measure, stat, base, value, unit, origin, section,
                sourceLine, note);
    }

    /** The same cell as the previous year's figure of a measure (stat prior). */
    Figure asPrior(String measureOfThisYear) {
        return new Figure(tableId, lineCode, lineName, detail, measureOfThisYear, "prior", base, value, unit, origin,
                section, sourceLine, note);
    }

    boolean isTable() {
        return "_table".equals(lineCode);
    }

    /** The identity the ingest uses to find duplicates, plus the line for narrative rows. */
    String identity() {
        return String.join("|", tableId, lineCode, detail, measure, stat, base, origin,
                "narrative".equals(origin) ? Integer.toString(sourceLine) : "");
    }
}
