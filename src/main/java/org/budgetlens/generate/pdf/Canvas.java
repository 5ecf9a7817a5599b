package org.budgetlens.generate.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.budgetlens.report.ReportFont;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * The pages of one PDF as they are drawn: text in the bundled CJK font (Noto Sans SC, embedded as a subset), wrapped
 * at a width, ruled cells, page numbers. Coordinates are from the page's top left, as a reader measures them.
 */
final class Canvas implements AutoCloseable {

    /** Cell padding left and right, above and below (points); line height as a multiple of the font size. */
    static final float PAD = 3f;
    static final float VPAD = 3f;
    static final float LINE = 1.25f;
    /** Top margin (GB/T 9704's 37 mm) and the lowest the body may reach above the page number. */
    static final float TOP = 105f;
    static final float BOTTOM = 90f;
    static final float RULE = 0.5f;

    private static final byte[] FONT_BYTES = fontBytes();
    /** The parsed font, one per thread (fontbox's TrueTypeFont is not thread-safe); reused by every document. */
    private static final ThreadLocal<TrueTypeFont> FONT = ThreadLocal.withInitial(Canvas::parse);

    static {
        // fontbox warns on every parse that it skips the font's format 14 cmap (variation selectors): noise
        for (String name : new String[] {"org.apache.fontbox", "org.apache.pdfbox"}) {
            if (LoggerFactory.getLogger(name) instanceof Logger logger && logger.getLevel() == null) {
                logger.setLevel(Level.ERROR);
            }
        }
    }

    final PDDocument doc;
    private final PDType0Font font;
    private final Variant variant;
    private final Map<Integer, Float> advance = new HashMap<>();
    private PDPageContentStream cs;
    private float pageWidth;
    private float pageHeight;
    private int pages;
    /** The current position down the page (points from the top). */
    float y;

    Canvas(Variant variant) throws IOException {
        this.variant = variant;
        this.doc = new PDDocument();
        this.font = PDType0Font.load(doc, FONT.get(), true);
    }

    private static byte[] fontBytes() {
        try (InputStream in = Canvas.class.getResourceAsStream(ReportFont.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the font " + ReportFont.RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + ReportFont.RESOURCE, e);
        }
    }

    private static TrueTypeFont parse() {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the font " + ReportFont.RESOURCE, e);
        }
    }

    /** Starts a new A4 page, portrait or landscape. */
    void newPage(boolean landscape) throws IOException {
        finishPage();
        PDRectangle size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        PDPage page = new PDPage(size);
        doc.addPage(page);
        pageWidth = size.getWidth();
        pageHeight = size.getHeight();
        cs = new PDPageContentStream(doc, page);
        cs.setLineWidth(RULE);
        pages++;
        y = TOP;
    }

    float pageWidth() {
        return pageWidth;
    }

    /** The lowest a line of the body may end. */
    float bottom() {
        return pageHeight - BOTTOM;
    }

    int pages() {
        return pages;
    }

    private void finishPage() throws IOException {
        if (cs == null) {
            return;
        }
        if (variant.pageNumbers()) {
            String number = "- " + pages + " -";
            float size = 10.5f;
            text((pageWidth - width(number, size)) / 2, pageHeight - 58, size, number);
        }
        cs.close();
        cs = null;
    }

    /** Draws one line of text whose line box starts at {@code top}. */
    void text(float x, float top, float size, String s) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, pageHeight - (top + size * 0.95f));
        cs.showText(s);
        cs.endText();
    }

    /**
     * Draws a line of a paragraph set full width, as a word processor justifies it: the slack a break left (a
     * number is never split) spread over the gaps between characters, at most 0.2 em each.
     */
    void justified(float x, float top, float size, String s, float width) throws IOException {
        int chars = s.codePointCount(0, s.length());
        float slack = width - width(s, size);
        if (chars < 2 || slack <= 0) {
            text(x, top, size, s);
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.setCharacterSpacing(Math.min(slack / (chars - 1), 0.2f * size));
        cs.newLineAtOffset(x, pageHeight - (top + size * 0.95f));
        cs.showText(s);
        cs.setCharacterSpacing(0);
        cs.endText();
    }

    float width(String s, float size) {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += advance(cp);
            i += Character.charCount(cp);
        }
        return w / 1000f * size;
    }

    private float advance(int cp) {
        Float w = advance.get(cp);
        if (w == null) {
            try {
                w = font.getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("the font has no glyph for U+"
                        + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT), e);
            }
            advance.put(cp, w);
        }
        return w;
    }

    /**
     * The text broken into lines no wider than {@code width}: between any two Chinese characters, never inside a
     * number or a Latin word, and never before closing punctuation.
     */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        float used = 0;
        int i = 0;
        while (i < text.length()) {
            int end = tokenEnd(text, i);
            String token = text.substring(i, end);
            float w = width(token, size);
            if (used + w > width && line.length() > 0 && !closing(token.charAt(0))) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(token);
            used += w;
            i = end;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int tokenEnd(String text, int from) {
        int cp = text.codePointAt(from);
        int end = from + Character.charCount(cp);
        if (!latin(cp)) {
            return end;
        }
        while (end < text.length() && latin(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static boolean latin(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == ',' || cp == '%' || cp == '-');
    }

    private static boolean closing(char c) {
        return "。，、；：？！）》”’%".indexOf(c) >= 0;
    }

    /**
     * Boxes every cell (x, top, width, height): stroked rectangles, stroked lines (moveTo / lineTo) or thin filled
     * rectangles, as the variant says.
     */
    void box(List<float[]> cells) throws IOException {
        if (cells.isEmpty()) {
            return;
        }
        switch (variant.rules()) {
            case RECTANGLES -> {
                for (float[] c : cells) {
                    cs.addRect(c[0], pageHeight - c[1] - c[3], c[2], c[3]);
                }
                cs.stroke();
            }
            case LINES -> {
                for (float[] c : cells) {
                    float x0 = c[0];
                    float x1 = c[0] + c[2];
                    float y0 = pageHeight - c[1];
                    float y1 = pageHeight - c[1] - c[3];
                    line(x0, y0, x1, y0);
                    line(x1, y0, x1, y1);
                    line(x1, y1, x0, y1);
                    line(x0, y1, x0, y0);
                }
                cs.stroke();
            }
            case FILLED -> {
                float h = RULE / 2;
                for (float[] c : cells) {
                    float x0 = c[0];
                    float x1 = c[0] + c[2];
                    float top = pageHeight - c[1];
                    float bottom = pageHeight - c[1] - c[3];
                    cs.addRect(x0 - h, top - h, c[2] + RULE, RULE);
                    cs.addRect(x0 - h, bottom - h, c[2] + RULE, RULE);
                    cs.addRect(x0 - h, bottom - h, RULE, c[3] + RULE);
                    cs.addRect(x1 - h, bottom - h, RULE, c[3] + RULE);
                }
                cs.fill();
            }
        }
    }

    private void line(float x0, float y0, float x1, float y1) throws IOException {
        cs.moveTo(x0, y0);
        cs.lineTo(x1, y1);
    }

    /**
     * Ends the last page and writes the document, with a file identifier made from {@code identity} (PDFBox would
     * otherwise make one from the clock): the same disclosure and options give the same bytes.
     */
    void save(java.nio.file.Path file, String identity) throws IOException {
        finishPage();
        byte[] id;
        try {
            id = java.security.MessageDigest.getInstance("MD5")
                    .digest(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
        ids.add(new org.apache.pdfbox.cos.COSString(id));
        ids.add(new org.apache.pdfbox.cos.COSString(id));
        doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
        doc.save(file.toFile());
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
