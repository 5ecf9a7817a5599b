package org.budgetlens.extract.source;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the characters of every page with their positions, through PDFBox's text stripper so that its handling
 * of fonts, encodings and overprinted duplicates (bold by drawing twice) applies; the stripper's own line building is
 * not used. Characters whose centre lies outside the page's visible box are left out (text placed above the page).
 */
final class GlyphCollector extends PDFTextStripper {

    private final List<List<Glyph>> pages = new ArrayList<>();
    private List<Glyph> current = new ArrayList<>();
    private float width;
    private float height;

    GlyphCollector() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The characters of each page, in drawing order. */
    List<List<Glyph>> collect(PDDocument document) throws IOException {
        pages.clear();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            pages.add(new ArrayList<>());
        }
        setStartPage(1);
        setEndPage(Integer.MAX_VALUE);
        writeText(document, new StringWriter());
        return pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        width = page.getCropBox().getWidth();
        height = page.getCropBox().getHeight();
        if (page.getRotation() % 180 != 0) {
            float w = width;
            width = height;
            height = w;
        }
        current = pages.get(getCurrentPageNo() - 1);
    }

    @Override
    protected void writePage() {
        List<Glyph> glyphs = current;
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition t : article) {
                Glyph g = glyph(t);
                if (g != null) {
                    glyphs.add(g);
                }
            }
        }
    }

    private Glyph glyph(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isBlank()) {
            return null;
        }
        float size = t.getFontSizeInPt();
        if (!(size > 0)) {
            size = Math.max(t.getHeightDir(), 1);
        }
        float x = t.getXDirAdj();
        float baseline = t.getYDirAdj();
        float w = Math.max(t.getWidthDirAdj(), 0.1f);
        Glyph g = new Glyph(text, x, baseline - size * 0.85f, baseline + size * 0.15f, w, size);
        if (g.centerX() < 0 || g.centerX() > width || g.centerY() < 0 || g.centerY() > height) {
            return null;
        }
        return g;
    }
}
