package org.budgetlens.extract.source;

/**
 * A horizontal or vertical ruling on a page (top-left origin): a stroked line, an edge of a stroked rectangle, or a
 * filled rectangle thin enough to be drawn as a line or the edge of a filled cell. {@code at} is its y (horizontal)
 * or x (vertical); {@code from} and {@code to} its extent along the other axis, {@code from <= to}.
 */
record Segment(boolean horizontal, float at, float from, float to) {

    static Segment of(float x1, float y1, float x2, float y2, float tolerance) {
        if (Math.abs(y1 - y2) <= tolerance) {
            return new Segment(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2));
        }
        if (Math.abs(x1 - x2) <= tolerance) {
            return new Segment(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2));
        }
        return null;
    }

    float length() {
        return to - from;
    }

    /** The part of [{@code a}, {@code b}] this segment covers. */
    float covered(float a, float b) {
        return Math.max(0, Math.min(to, b) - Math.max(from, a));
    }
}
