package org.budgetlens.extract.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A table ruled on a page: the x of its column boundaries and the y of its row boundaries, and which grid cells are
 * merged (no ruling between them). Text of a merged cell belongs to its top-left grid cell, so a row reads as the
 * grid's columns with the spanned ones empty, whatever the publisher merged.
 */
final class TableGrid {

    /** Boundaries closer than this (points) are one. */
    static final float SNAP = 2.0f;
    /** A boundary rules a cell's side when rulings cover at least this share of it. */
    private static final float COVER = 0.5f;

    final float[] xs;
    final float[] ys;
    private final int[] owner;

    private TableGrid(float[] xs, float[] ys, List<Segment> segments) {
        this.xs = xs;
        this.ys = ys;
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        owner = new int[rows * cols];
        for (int i = 0; i < owner.length; i++) {
            owner[i] = i;
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (j + 1 < cols && !ruled(segments, false, xs[j + 1], ys[i], ys[i + 1])) {
                    union(i * cols + j, i * cols + j + 1);
                }
                if (i + 1 < rows && !ruled(segments, true, ys[i + 1], xs[j], xs[j + 1])) {
                    union(i * cols + j, (i + 1) * cols + j);
                }
            }
        }
    }

    int rows() {
        return ys.length - 1;
    }

    int columns() {
        return xs.length - 1;
    }

    float left() {
        return xs[0];
    }

    float right() {
        return xs[xs.length - 1];
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    boolean contains(float x, float y) {
        return x >= left() && x <= right() && y >= top() && y <= bottom();
    }

    /** The grid cell (row * columns + column) a point falls in, mapped to the top-left cell of its merged cell. */
    int cellAt(float x, float y) {
        int j = Math.max(0, Math.min(columns() - 1, slot(xs, x)));
        int i = Math.max(0, Math.min(rows() - 1, slot(ys, y)));
        return find(i * columns() + j);
    }

    /**
     * How many grid columns the cell at row {@code i}, column {@code j} spans: 1 for a cell of its own, more for the
     * top-left cell of a merged cell, 0 for a grid cell covered by a merged cell to its left or above.
     */
    int span(int i, int j) {
        int c = i * columns() + j;
        if (find(c) != c) {
            return 0;
        }
        int k = j + 1;
        while (k < columns() && find(i * columns() + k) == c) {
            k++;
        }
        return k - j;
    }

    private static int slot(float[] bounds, float v) {
        int k = Arrays.binarySearch(bounds, v);
        return k >= 0 ? k : -k - 2;
    }

    private int find(int c) {
        while (owner[c] != c) {
            owner[c] = owner[owner[c]];
            c = owner[c];
        }
        return c;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            // the top-left cell owns the merged cell
            owner[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static boolean ruled(List<Segment> segments, boolean horizontal, float at, float a, float b) {
        float covered = 0;
        for (Segment s : segments) {
            if (s.horizontal() == horizontal && Math.abs(s.at() - at) <= SNAP) {
                covered += s.covered(a, b);
            }
        }
        return covered >= COVER * (b - a);
    }

    /**
     * The ruled tables of a page: rulings joined where they touch into groups, and each group with at least three
     * row and three column boundaries (two rows, two columns) a table. A frame around a paragraph or a lone
     * underline is not a table.
     */
    static List<TableGrid> find(List<Segment> raw) {
        List<Segment> segments = merge(raw);
        int n = segments.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int a = 0; a < n; a++) {
            Segment s = segments.get(a);
            if (!s.horizontal()) {
                continue;
            }
            for (int b = 0; b < n; b++) {
                Segment v = segments.get(b);
                if (!v.horizontal() && touches(s, v)) {
                    join(group, a, b);
                }
            }
        }
        List<List<Segment>> groups = new ArrayList<>();
        int[] index = new int[n];
        Arrays.fill(index, -1);
        for (int i = 0; i < n; i++) {
            int r = root(group, i);
            if (index[r] < 0) {
                index[r] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(index[r]).add(segments.get(i));
        }
        List<TableGrid> tables = new ArrayList<>();
        for (List<Segment> g : groups) {
            float[] xs = bounds(g, false);
            float[] ys = bounds(g, true);
            if (xs.length >= 3 && ys.length >= 3) {
                tables.add(new TableGrid(xs, ys, g));
            }
        }
        tables.sort(Comparator.comparingDouble(TableGrid::top));
        return tables;
    }

    private static boolean touches(Segment h, Segment v) {
        return v.at() >= h.from() - SNAP && v.at() <= h.to() + SNAP && h.at() >= v.from() - SNAP
                && h.at() <= v.to() + SNAP;
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    private static void join(int[] group, int a, int b) {
        int ra = root(group, a);
        int rb = root(group, b);
        if (ra != rb) {
            group[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /**
     * Row boundaries (the y of horizontal rulings) or column boundaries (the x of vertical ones), snapped; the
     * extent of the rulings across adds the outer boundaries a table drawn without side borders lacks.
     */
    private static float[] bounds(List<Segment> g, boolean horizontal) {
        List<Float> values = new ArrayList<>();
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (Segment s : g) {
            if (s.horizontal() == horizontal) {
                values.add(s.at());
            } else {
                min = Math.min(min, s.from());
                max = Math.max(max, s.to());
            }
        }
        if (values.isEmpty()) {
            return new float[0];
        }
        if (min <= max) {
            values.add(min);
            values.add(max);
        }
        values.sort(Float::compare);
        List<Float> snapped = new ArrayList<>();
        for (float v : values) {
            if (snapped.isEmpty() || v - snapped.get(snapped.size() - 1) > SNAP) {
                snapped.add(v);
            }
        }
        float[] out = new float[snapped.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = snapped.get(i);
        }
        return out;
    }

    /** Collinear rulings that overlap or touch, joined; duplicates (a cell's edge drawn by both neighbours) once. */
    static List<Segment> merge(List<Segment> raw) {
        List<Segment> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparing(Segment::horizontal).thenComparingDouble(Segment::at)
                .thenComparingDouble(Segment::from));
        List<Segment> out = new ArrayList<>();
        List<Segment> band = new ArrayList<>();
        for (Segment s : sorted) {
            if (!band.isEmpty() && (band.get(0).horizontal() != s.horizontal()
                    || s.at() - band.get(0).at() > SNAP)) {
                out.addAll(joinBand(band));
                band.clear();
            }
            band.add(s);
        }
        out.addAll(joinBand(band));
        return out;
    }

    private static List<Segment> joinBand(List<Segment> band) {
        List<Segment> out = new ArrayList<>();
        if (band.isEmpty()) {
            return out;
        }
        List<Segment> byFrom = new ArrayList<>(band);
        byFrom.sort(Comparator.comparingDouble(Segment::from));
        float at = 0;
        for (Segment s : band) {
            at += s.at();
        }
        at /= band.size();
        float from = byFrom.get(0).from();
        float to = byFrom.get(0).to();
        for (Segment s : byFrom) {
            if (s.from() <= to + SNAP) {
                to = Math.max(to, s.to());
            } else {
                out.add(new Segment(band.get(0).horizontal(), at, from, to));
                from = s.from();
                to = s.to();
            }
        }
        out.add(new Segment(band.get(0).horizontal(), at, from, to));
        return out;
    }
}
