package org.budgetlens.extract.document;

/**
 * Where a block or a row stands in the published file: the file, the page (a workbook's sheet; 0 for a text form),
 * the line of a text form (0 for a PDF), the ruled table on its page and the row within it (0 for running text), and
 * for a PDF its box.
 */
public record Where(String file, int page, int line, int table, int row, Form form, Box box) {

    /** The kind of file a document was published as. */
    public enum Form {
        PDF, WORKBOOK, TEXT
    }

    /** A line of a text form. */
    public static Where line(String file, int line) {
        return new Where(file, 0, line, 0, 0, Form.TEXT, null);
    }
}
