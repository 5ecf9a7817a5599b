package org.budgetlens.extract;

import java.util.List;

/**
 * A table found in a document: its canonical id, title and number as published, the amount unit its header states,
 * the header rows (before the first data row) and the data rows, the note printed under it, and what recognised it.
 */
record TableBlock(String tableId, String title, String number, String unit, int titleLine, List<Row> header,
        List<Row> rows, String note, int noteLine, Recognition recognisedBy) {

    /** What told the table's id: its title, or (no title matching) what it holds ({@link ContentRules}). */
    enum Recognition {
        TITLE, CONTENT
    }

    /** One TAB-separated line of the document. */
    record Row(int line, List<String> cells) {

        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        boolean hasNumber() {
            return cells.stream().anyMatch(Numbers::looksNumeric);
        }
    }
}
