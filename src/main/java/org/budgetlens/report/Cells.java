package org.budgetlens.report;

import java.math.BigDecimal;

import org.budgetlens.files.SpreadsheetText;

/** How a table value is shown: blanks stay blank, amounts keep their exact decimals, text is made safe. */
final class Cells {

    private Cells() {
    }

    /** For CSV: numbers exact and plain, text neutralised against spreadsheet formulas, a blank as nothing. */
    static String csv(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return SpreadsheetText.cell(value.toString());
    }

    /** For the page (escaped later): amounts of 2 decimals with grouping, finer ones as they are, whole numbers plain. */
    static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal b) {
            return b.scale() <= 2 ? ReportCharts.format(b) : b.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean flag) {
            return flag ? "是" : "否";
        }
        return value.toString();
    }

    static boolean numeric(Object value) {
        return value instanceof Number;
    }
}
