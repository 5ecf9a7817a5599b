package org.budgetlens.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * The bundled font cut down to the characters a page uses (plus printable ASCII), small enough to embed in the page
 * itself: the report then shows its Chinese in any browser, on a machine without a Chinese font, with no external
 * file or network.
 */
final class FontSubset {

    /**
     * The tables a browser needs to draw the subset. The layout tables (GSUB, GPOS, vertical metrics) refer to glyph
     * ids of the whole font and are dropped: kept as they are, they make the browser reject the font.
     */
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
            "OS/2", "name", "post", "prep", "gasp");

    static {
        // fontbox warns on every parse that it skips the font's format 14 cmap (variation selectors), which the
        // subset does not need: that is noise on the command's output, not news.
        if (LoggerFactory.getLogger("org.apache.fontbox.ttf.CmapSubtable") instanceof Logger logger) {
            logger.setLevel(Level.ERROR);
        }
    }

    private FontSubset() {
    }

    static byte[] forText(CharSequence text) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ReportFont.bytes()))) {
            TTFSubsetter subsetter = new TTFSubsetter(font, KEPT_TABLES);
            for (int c = 0x20; c < 0x7F; c++) {
                subsetter.add(c);
            }
            text.codePoints().forEach(subsetter::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset the report font: " + e.getMessage(), e);
        }
    }
}
