package org.budgetlens.extract;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reading numbers as the PDF conversion left them: "665.38", "665. 38", "1,234.56"; dashes are blanks. */
final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("[-−]?\\d{1,3}(,\\d{3})+(\\.\\d+)?|[-−]?\\d+(\\.\\d+)?");
    private static final Pattern DASH = Pattern.compile("[-—－_–]+");

    private Numbers() {
    }

    /** The number in a table cell, as published without spaces, or null if the cell is not a plain number. */
    static String cell(String cell) {
        String s = compact(cell);
        if (!NUMBER.matcher(s).matches()) {
            return null;
        }
        return s.replace('−', '-');
    }

    /** Whether a cell means "nothing published" (blank or a dash). */
    static boolean blank(String cell) {
        String s = compact(cell);
        return s.isEmpty() || DASH.matcher(s).matches();
    }

    /** The text with every whitespace removed and full-width digits, dots and percent signs made ASCII. */
    static String compact(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == '．') {
                c = '.';
            } else if (c == '％') {
                c = '%';
            }
            b.append(c);
        }
        return b.toString();
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value.replace(",", ""));
    }

    /** Whether a cell looks like a number at all (so a cell that is not used must be reported). */
    static boolean looksNumeric(String cell) {
        return cell(cell) != null;
    }
}
