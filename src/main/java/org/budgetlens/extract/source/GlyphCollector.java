package org.budgetlens.extract.source;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the characters of every page with their positions, through PDFBox's text stripper so that its handling
 * of fonts and encodings applies; the stripper's own line building is
 * not used. Characters whose centre lies outside the page's visible box are left out (text placed above the page),
 * and a character drawn twice at the same place (bold by overprinting) is kept once.
 */
final class GlyphCollector extends PDFTextStripper {

    private final List<List<Glyph>> pages = new ArrayList<>();
    private List<Glyph> current = new ArrayList<>();
    private float width;
    private float height;

    GlyphCollector() {
        setSortByPosition(false);
        // PDFBox's own suppression of overprinted characters costs more than the rest of the reading: done here
        setSuppressDuplicateOverlappingText(false);
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
    protected void processTextPosition(TextPosition text) {
        PdfSource.stopIfCancelled();
        super.processTextPosition(text);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        PdfSource.stopIfCancelled();
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
        Map<Long, List<Glyph>> near = new HashMap<>();
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition t : article) {
                Glyph g = glyph(t);
                if (g != null && !overprinted(g, near)) {
                    glyphs.add(g);
                }
            }
        }
    }

    /** The cell size (points) of the index that finds a character drawn again at (almost) the same place. */
    private static final float CELL = 4f;

    /**
     * Bold by overprinting: the same character drawn again within a third of its size of where it already is. Kept
     * once. Characters are indexed by a grid of {@link #CELL} points; a match is looked for in the 3 x 3 cells around.
     */
    private static boolean overprinted(Glyph g, Map<Long, List<Glyph>> near) {
        int cx = (int) Math.floor(g.x() / CELL);
        int cy = (int) Math.floor(g.top() / CELL);
        float tolerance = g.size() / 3;
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (Glyph o : near.getOrDefault(key(cx + dx, cy + dy), List.of())) {
                    if (o.text().equals(g.text()) && Math.abs(o.x() - g.x()) <= tolerance
                            && Math.abs(o.top() - g.top()) <= tolerance) {
                        return true;
                    }
                }
            }
        }
        near.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(2)).add(g);
        return false;
    }

    /** A cell's key: distinct small integers for the cells of a page, so that the map's hashes do not collide. */
    private static long key(int x, int y) {
        return (x + 4096L) * 16384L + (y + 4096L);
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
