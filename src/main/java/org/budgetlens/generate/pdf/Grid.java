package org.budgetlens.generate.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table to draw: column widths, header rows (repeated on every page the table runs over) and body rows.
 * Cells are placed as in HTML: left to right in the first column no cell above spans, each over colSpan columns and
 * rowSpan rows; every cell is boxed.
 */
final class Grid {

    enum Align {
        LEFT, CENTER, RIGHT
    }

    /** One cell: its text (wrapped within the cell), how far it spans, how its text is aligned. */
    record Cell(String text, int colSpan, int rowSpan, Align align) {

        static Cell left(String text) {
            return new Cell(text, 1, 1, Align.LEFT);
        }

        static Cell right(String text) {
            return new Cell(text, 1, 1, Align.RIGHT);
        }

        static Cell center(String text) {
            return new Cell(text, 1, 1, Align.CENTER);
        }

        static Cell blank() {
            return new Cell("", 1, 1, Align.LEFT);
        }

        Cell span(int cols, int rows) {
            return new Cell(text, cols, rows, align);
        }
    }

    /** How a column is sized: to its widest amount or code, or sharing what is left (names, labels). */
    enum Kind {
        AMOUNT, CODE, NAME
    }

    final List<Kind> kinds = new ArrayList<>();
    final List<List<Cell>> header = new ArrayList<>();
    final List<List<Cell>> body = new ArrayList<>();
    /** Computed by {@link #measure}: the columns' widths, the rows' heights (header rows first). */
    float[] widths;
    float[] heights;
    /** The body may not be split over pages (a cell spans body rows). */
    boolean keepTogether;

    Grid columns(Kind... columnKinds) {
        kinds.addAll(List.of(columnKinds));
        return this;
    }

    int columnCount() {
        return kinds.size();
    }

    Grid headerRow(Cell... cells) {
        header.add(List.of(cells));
        return this;
    }

    Grid row(List<Cell> cells) {
        body.add(cells);
        return this;
    }

    List<List<Cell>> allRows() {
        List<List<Cell>> all = new ArrayList<>(header);
        all.addAll(body);
        return all;
    }

    /** Where each cell of the rows goes: {row, column} of its top-left slot, in the order of the cells. */
    static List<int[]> place(List<List<Cell>> rows, int columns) {
        boolean[][] taken = new boolean[rows.size()][columns];
        List<int[]> at = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Cell cell : rows.get(r)) {
                while (c < columns && taken[r][c]) {
                    c++;
                }
                if (c >= columns) {
                    throw new IllegalStateException("row " + r + " has more cells than the table's " + columns
                            + " columns");
                }
                at.add(new int[] {r, c});
                for (int i = r; i < Math.min(rows.size(), r + cell.rowSpan()); i++) {
                    for (int j = c; j < Math.min(columns, c + cell.colSpan()); j++) {
                        taken[i][j] = true;
                    }
                }
                c += cell.colSpan();
            }
        }
        return at;
    }

    /**
     * Sizes the columns to the width available (amounts and codes to their widest text, names share the rest) and
     * the rows to their wrapped text. Returns false when the table does not fit that width with names at their
     * narrowest (the caller then turns the page to landscape).
     */
    boolean measure(Canvas canvas, float available, float size) {
        int n = columnCount();
        float[] natural = new float[n];
        float pad = Canvas.PAD * 2;
        List<List<Cell>> all = allRows();
        List<int[]> at = place(all, n);
        int k = 0;
        for (int r = 0; r < all.size(); r++) {
            for (Cell cell : all.get(r)) {
                int c = at.get(k++)[1];
                if (r >= header.size() && cell.colSpan() == 1) {
                    natural[c] = Math.max(natural[c], canvas.width(cell.text(), size) + pad);
                }
            }
        }
        float fixed = 0;
        float names = 0;
        int nameColumns = 0;
        widths = new float[n];
        for (int c = 0; c < n; c++) {
            switch (kinds.get(c)) {
                case AMOUNT -> widths[c] = Math.max(natural[c], 4 * size + pad);
                case CODE -> widths[c] = Math.max(natural[c], 4 * size + pad);
                case NAME -> {
                    widths[c] = Math.min(Math.max(natural[c], 6 * size + pad), 16 * size + pad);
                    names += widths[c];
                    nameColumns++;
                }
            }
            if (kinds.get(c) != Kind.NAME) {
                fixed += widths[c];
            }
        }
        float minNames = nameColumns * (7 * size + pad);
        if (fixed + minNames > available) {
            return false;
        }
        float left = available - fixed;
        if (nameColumns > 0) {
            // names take what is left: up to their natural width, then the spare spread over every column
            float scale = Math.min(1f, left / names);
            float used = fixed;
            for (int c = 0; c < n; c++) {
                if (kinds.get(c) == Kind.NAME) {
                    widths[c] = Math.max(7 * size + pad, widths[c] * scale);
                    used += widths[c];
                }
            }
            float spare = available - used;
            if (spare > 0) {
                for (int c = 0; c < n; c++) {
                    widths[c] += spare * (kinds.get(c) == Kind.NAME ? 0.6f / nameColumns : 0.4f / (n - nameColumns));
                }
            }
        } else {
            float spare = (available - fixed) / n;
            for (int c = 0; c < n; c++) {
                widths[c] += Math.max(0, spare);
            }
        }
        heights = new float[all.size()];
        k = 0;
        float lineHeight = size * Canvas.LINE;
        float minimum = lineHeight + 2 * Canvas.VPAD;
        for (int r = 0; r < all.size(); r++) {
            heights[r] = Math.max(heights[r], minimum);
        }
        for (int r = 0; r < all.size(); r++) {
            for (Cell cell : all.get(r)) {
                int[] p = at.get(k++);
                int lines = canvas.wrap(cell.text(), size, span(p[1], cell.colSpan()) - pad).size();
                float need = Math.max(1, lines) * lineHeight + 2 * Canvas.VPAD;
                int last = Math.min(all.size() - 1, p[0] + cell.rowSpan() - 1);
                float have = 0;
                for (int i = p[0]; i <= last; i++) {
                    have += heights[i];
                }
                if (need > have) {
                    heights[last] += need - have;
                }
            }
        }
        return true;
    }

    float span(int column, int columns) {
        float w = 0;
        for (int c = column; c < Math.min(widths.length, column + columns); c++) {
            w += widths[c];
        }
        return w;
    }

    float width() {
        return span(0, widths.length);
    }
}
