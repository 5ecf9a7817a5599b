package org.budgetlens.extract.source;

import java.util.List;

import org.budgetlens.extract.document.Cell;

/**
 * One line of a laid-out document with where it stands: the page (1-based), its box on the page in points from the
 * top left, and what it is. A table row's cells are separated by TABs; {@code table} numbers the ruled tables of the
 * page (1-based, 0 for text) and {@code row} the row within it; {@code cells} a row's cells with their boxes (empty
 * when the row has none of its own), {@code line} the line of a text form (0 for a PDF).
 */
public record LaidLine(String text, Kind kind, int page, float top, float left, float right, float bottom,
        int table, int row, List<Cell> cells, int line) {

    /** A line without cells of its own (running text, or a row whose cells are its TAB-separated text). */
    public LaidLine(String text, Kind kind, int page, float top, float left, float right, float bottom, int table,
            int row) {
        this(text, kind, page, top, left, right, bottom, table, row, List.of(), 0);
    }

    public LaidLine {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /** What a line is on its page. */
    public enum Kind {
        /** A line of running text, a heading or a title. */
        TEXT,
        /** A row of a ruled table, or a line of text laid out in columns. */
        TABLE_ROW,
        /** A page number or running head: kept in the model, never read into a sentence or a table. */
        ARTEFACT
    }

    /** How a reader cites it: "p. 14" or "p. 14, table 2, row 5". */
    public String place() {
        return table > 0 ? "p. " + page + ", table " + table + ", row " + row : "p. " + page;
    }

    LaidLine withText(String newText, float newRight, float newBottom) {
        return new LaidLine(newText, kind, page, top, left, newRight, newBottom, table, row, cells, line);
    }

    LaidLine as(Kind newKind) {
        return new LaidLine(text, newKind, page, top, left, right, bottom, table, row, cells, line);
    }
}
