package org.budgetlens.extract.document;

/** Where something is drawn on a PDF page: points from the page's top left corner. */
public record Box(float left, float top, float right, float bottom) {

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "[%.1f, %.1f, %.1f, %.1f]", left, top, right, bottom);
    }
}
