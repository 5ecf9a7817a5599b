package org.budgetlens.model;

/** A {@code _table} row: the disclosure publishes this table (possibly empty, with its 空表说明). */
public record TableDeclaration(
        String tableId, String title, String publishedNumber, String unit, String emptyNote, int sourceLine,
        long fileLine) {

    public boolean isEmpty() {
        return emptyNote != null && !emptyNote.isBlank();
    }
}
