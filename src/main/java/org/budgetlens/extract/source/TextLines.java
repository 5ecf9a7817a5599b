package org.budgetlens.extract.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups characters into lines by vertical overlap, never by a fixed baseline distance: a character joins a line when
 * it overlaps the line's first character by at least 40% of the smaller height (Latin digits set 0.3–0.4 em lower than
 * the CJK glyphs beside them stay on their line). Within a line characters are read left to right; a gap wider than
 * {@link #SPACE} em is a space, one wider than {@link #COLUMN} em a column break (TAB), as in a row laid out without
 * rulings.
 */
final class TextLines {

    static final float OVERLAP = 0.4f;
    static final float SPACE = 0.3f;
    static final float COLUMN = 2.0f;

    /** A line of characters, left to right. */
    record Line(List<Glyph> glyphs, float top, float bottom, float left, float right, float size) {

        String text(boolean columns) {
            StringBuilder b = new StringBuilder();
            Glyph previous = null;
            for (Glyph g : glyphs) {
                if (previous != null) {
                    float gap = g.x() - previous.right();
                    float em = Math.max(size, 1);
                    if (columns && gap > COLUMN * em) {
                        b.append('\t');
                    } else if (gap > SPACE * em) {
                        b.append(' ');
                    }
                }
                b.append(g.text());
                previous = g;
            }
            return b.toString();
        }
    }

    private TextLines() {
    }

    static List<Line> group(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::top).thenComparingDouble(Glyph::x));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> firsts = new ArrayList<>();
        for (Glyph g : sorted) {
            int into = -1;
            // the most recent lines are the candidates: glyphs come top-down
            for (int k = groups.size() - 1; k >= Math.max(0, groups.size() - 3); k--) {
                if (overlaps(firsts.get(k), g)) {
                    into = k;
                    break;
                }
            }
            if (into < 0) {
                groups.add(new ArrayList<>());
                firsts.add(g);
                into = groups.size() - 1;
            }
            groups.get(into).add(g);
        }
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> group : groups) {
            lines.add(line(group));
        }
        lines.sort(Comparator.comparingDouble(Line::top));
        return lines;
    }

    private static boolean overlaps(Glyph first, Glyph g) {
        float overlap = Math.min(first.bottom(), g.bottom()) - Math.max(first.top(), g.top());
        return overlap >= OVERLAP * Math.min(first.height(), g.height());
    }

    private static Line line(List<Glyph> group) {
        group.sort(Comparator.comparingDouble(Glyph::x));
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float size = 0;
        for (Glyph g : group) {
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.bottom());
            size = Math.max(size, g.size());
        }
        return new Line(group, top, bottom, group.get(0).x(), group.get(group.size() - 1).right(), size);
    }
}
