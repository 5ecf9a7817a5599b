package org.budgetlens.extract.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.budgetlens.extract.document.Box;
import org.budgetlens.extract.document.Cell;

/**
 * One page laid out: its ruled tables as rows of cells, every other character grouped into lines, all in reading
 * order (top to bottom). Text inside a ruled cell stays in its cell, a multi-line cell read as one.
 */
final class PageLayout {

    private PageLayout() {
    }

    static List<LaidLine> lay(int page, List<Glyph> glyphs, List<Segment> segments) {
        List<TableGrid> tables = TableGrid.find(segments);
        List<Glyph> free = new ArrayList<>();
        List<Map<Integer, List<Glyph>>> cells = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            cells.add(new HashMap<>());
        }
        for (Glyph g : glyphs) {
            int t = tableOf(tables, g);
            if (t < 0) {
                free.add(g);
            } else {
                cells.get(t).computeIfAbsent(tables.get(t).cellAt(g.centerX(), g.centerY()),
                        k -> new ArrayList<>()).add(g);
            }
        }
        List<LaidLine> out = new ArrayList<>();
        for (TextLines.Line line : TextLines.group(free)) {
            String text = line.text(true);
            LaidLine.Kind kind = text.indexOf('\t') >= 0 ? LaidLine.Kind.TABLE_ROW : LaidLine.Kind.TEXT;
            out.add(new LaidLine(text, kind, page, line.top(), line.left(), line.right(), line.bottom(), 0, 0));
        }
        for (int t = 0; t < tables.size(); t++) {
            out.addAll(rows(page, t + 1, tables.get(t), cells.get(t)));
        }
        out.sort(Comparator.comparingDouble(LaidLine::top).thenComparingDouble(LaidLine::left));
        return out;
    }

    private static int tableOf(List<TableGrid> tables, Glyph g) {
        for (int t = 0; t < tables.size(); t++) {
            if (tables.get(t).contains(g.centerX(), g.centerY())) {
                return t;
            }
        }
        return -1;
    }

    private static List<LaidLine> rows(int page, int number, TableGrid grid, Map<Integer, List<Glyph>> cells) {
        Map<Integer, List<Glyph>> byRow = new TreeMap<>();
        cells.forEach((cell, glyphs) -> byRow.computeIfAbsent(cell / grid.columns(), k -> new ArrayList<>())
                .addAll(glyphs));
        Map<Integer, String[]> rows = new TreeMap<>();
        List<LaidLine> unruled = new ArrayList<>();
        java.util.Set<Integer> split = new java.util.HashSet<>();
        for (Map.Entry<Integer, List<Glyph>> r : byRow.entrySet()) {
            if (stacksNumbers(grid, r.getKey(), cells)) {
                split.add(r.getKey());
                unruled.addAll(splitByLine(page, number, grid, r.getValue()));
            }
        }
        for (Map.Entry<Integer, List<Glyph>> e : cells.entrySet()) {
            if (split.contains(e.getKey() / grid.columns())) {
                continue;
            }
            int i = e.getKey() / grid.columns();
            int j = e.getKey() % grid.columns();
            rows.computeIfAbsent(i, k -> new String[grid.columns()])[j] = cellText(e.getValue());
        }
        List<LaidLine> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Integer, String[]> e : rows.entrySet()) {
            String[] row = e.getValue();
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < row.length; j++) {
                if (j > 0) {
                    b.append('\t');
                }
                b.append(row[j] == null ? "" : row[j]);
            }
            int i = e.getKey();
            List<Cell> boxed = new ArrayList<>();
            for (int j = 0; j < row.length; j++) {
                int span = grid.span(i, j);
                boxed.add(new Cell(row[j] == null ? "" : row[j], j, span,
                        new Box(grid.xs[j], grid.ys[i], grid.xs[j + Math.max(1, span)], grid.ys[i + 1])));
            }
            out.add(new LaidLine(b.toString(), LaidLine.Kind.TABLE_ROW, page, grid.ys[i], grid.left(), grid.right(),
                    grid.ys[i + 1], number, ++n, boxed, 0));
        }
        out.addAll(unruled);
        out.sort(java.util.Comparator.comparingDouble(LaidLine::top));
        List<LaidLine> numbered = new ArrayList<>();
        for (LaidLine l : out) {
            numbered.add(new LaidLine(l.text(), l.kind(), l.page(), l.top(), l.left(), l.right(), l.bottom(),
                    l.table(), numbered.size() + 1, l.cells(), 0));
        }
        return numbered;
    }

    /**
     * Rule unruled-rows: a grid row one of whose cells holds two numbers or more on lines of their own is several
     * rows the publisher drew no ruling between (a body ruled only under its header): never one cell of glued
     * numbers.
     */
    private static boolean stacksNumbers(TableGrid grid, int row, Map<Integer, List<Glyph>> cells) {
        for (Map.Entry<Integer, List<Glyph>> e : cells.entrySet()) {
            if (e.getKey() / grid.columns() != row) {
                continue;
            }
            int numbers = 0;
            for (TextLines.Line l : TextLines.group(e.getValue())) {
                numbers += NUMBER.matcher(l.text(false).strip()).matches() ? 1 : 0;
            }
            if (numbers >= 2) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[\\d,]+(\\.\\d+)?");

    /** The text lines of a grid row, each a row of its own, its characters placed in the grid's columns by x. */
    private static List<LaidLine> splitByLine(int page, int number, TableGrid grid, List<Glyph> glyphs) {
        List<LaidLine> out = new ArrayList<>();
        for (TextLines.Line line : TextLines.group(glyphs)) {
            Map<Integer, List<Glyph>> byColumn = new TreeMap<>();
            for (Glyph g : line.glyphs()) {
                int j = Math.max(0, Math.min(grid.columns() - 1,
                        java.util.Arrays.binarySearch(grid.xs, g.centerX()) >= 0
                                ? java.util.Arrays.binarySearch(grid.xs, g.centerX())
                                : -java.util.Arrays.binarySearch(grid.xs, g.centerX()) - 2));
                byColumn.computeIfAbsent(j, k -> new ArrayList<>()).add(g);
            }
            String[] cells = new String[grid.columns()];
            byColumn.forEach((j, gs) -> cells[j] = cellText(gs));
            StringBuilder b = new StringBuilder();
            List<Cell> boxed = new ArrayList<>();
            for (int j = 0; j < cells.length; j++) {
                b.append(j > 0 ? "\t" : "").append(cells[j] == null ? "" : cells[j]);
                boxed.add(new Cell(cells[j] == null ? "" : cells[j], j, 1,
                        new Box(grid.xs[j], line.top(), grid.xs[j + 1], line.bottom())));
            }
            out.add(new LaidLine(b.toString(), LaidLine.Kind.TABLE_ROW, page, line.top(), grid.left(), grid.right(),
                    line.bottom(), number, 0, boxed, 0));
        }
        return out;
    }

    /** A cell's lines joined: a name or a number wrapped in a narrow cell is one. */
    private static String cellText(List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        for (TextLines.Line line : TextLines.group(glyphs)) {
            String t = line.text(false).strip();
            boolean digits = b.length() > 0 && !t.isEmpty() && isNumberChar(b.charAt(b.length() - 1))
                    && isNumberChar(t.charAt(0));
            b.append(digits ? " " : "").append(t); // two lines of digits are two numbers, never one
        }
        return b.toString().replace('\t', ' ');
    }

    private static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == ',' || c == '.';
    }
}
