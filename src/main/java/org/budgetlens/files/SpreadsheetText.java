package org.budgetlens.files;

import java.util.regex.Pattern;

/**
 * Text for a cell of a CSV file or workbook the tool writes, so that a spreadsheet opening it shows the text and never
 * runs it. Agency names, line names, rejected records and ad-hoc query results all come from files or statements
 * anyone can write, and {@code =HYPERLINK(…)} or {@code +cmd|…} in a cell is a formula to Excel, LibreOffice and
 * Google Sheets. The one implementation for every CSV and workbook cell: sql, query and audit {@code --format csv},
 * the report's data/*.csv and report.xlsx, and ingest's reject report.
 */
public final class SpreadsheetText {

    /** A plain decimal number: an optional sign, digits, and a point with digits after it if any. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private SpreadsheetText() {
    }

    /**
     * The cell's text, with a leading apostrophe when a spreadsheet would read it as a formula: it starts with
     * {@code = + - @}, a tab, a carriage return or a line feed. A cell that is a plain decimal number (-12.50, +3) is
     * not a formula and stays as it is, so a negative amount is still a number; {@code -1+2} is not one and is
     * neutralised.
     */
    public static String cell(String text) {
        if (text == null || text.isEmpty() || !startsLikeFormula(text.charAt(0))) {
            return text;
        }
        return NUMBER.matcher(text).matches() ? text : "'" + text;
    }

    private static boolean startsLikeFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n';
    }
}
