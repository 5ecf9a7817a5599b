package org.budgetlens.extract.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        Map<Integer, String[]> rows = new TreeMap<>();
        for (Map.Entry<Integer, List<Glyph>> e : cells.entrySet()) {
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
            out.add(new LaidLine(b.toString(), LaidLine.Kind.TABLE_ROW, page, grid.ys[i], grid.left(), grid.right(),
                    grid.ys[i + 1], number, ++n));
        }
        return out;
    }

    /** A cell's lines joined: a name or a number wrapped in a narrow cell is one. */
    private static String cellText(List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        for (TextLines.Line line : TextLines.group(glyphs)) {
            b.append(line.text(false).strip());
        }
        return b.toString().replace('\t', ' ');
    }
}
