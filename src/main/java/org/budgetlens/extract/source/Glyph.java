package org.budgetlens.extract.source;

/**
 * One character drawn on a page, in page coordinates with the origin at the top left (y grows downwards):
 * {@code top} and {@code bottom} are the glyph's em box around its baseline, so a Latin digit set lower than the CJK
 * glyphs beside it still overlaps them vertically.
 */
record Glyph(String text, float x, float top, float bottom, float width, float size) {

    float right() {
        return x + width;
    }

    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return (top + bottom) / 2;
    }

    float height() {
        return bottom - top;
    }
}
