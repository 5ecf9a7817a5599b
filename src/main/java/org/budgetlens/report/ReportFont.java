package org.budgetlens.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.budgetlens.files.TempFiles;

/**
 * The font every chart and the report page use: Noto Sans SC Regular (SIL Open Font License 1.1, bundled with its
 * licence in {@code fonts/}), loaded from the jar. Machines without a CJK font (the usual server) would otherwise
 * draw boxes for every Chinese character; this font also covers digits and Latin.
 */
public final class ReportFont {

    /** The bundled font file, a resource of the jar. */
    public static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

    private ReportFont() {
    }

    /** The font's bytes, for the page's subset. */
    public static byte[] bytes() {
        return Holder.BYTES;
    }

    /** The font at a size and style (bold is drawn by Java from the regular outlines). */
    public static Font of(int style, float size) {
        return Holder.FONT.deriveFont(style, size);
    }

    /** The index of the first character the font cannot draw, or -1 when it draws them all. */
    public static int cannotDisplayFrom(String text) {
        return Holder.FONT.canDisplayUpTo(text);
    }

    private static final class Holder {
        static final byte[] BYTES = read();
        static final Font FONT = create();

        private static byte[] read() {
            try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the report font " + RESOURCE + " is missing from the build");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the report font " + RESOURCE, e);
            }
        }

        private static Font create() {
            try {
                // Font.createFont(InputStream) would copy the font into a loose file of the temp dir, left there by a
                // killed run: the copy goes into the run's own temp folder instead (see TempFiles)
                java.nio.file.Path file = TempFiles.runFolder().resolve("NotoSansSC-Regular.ttf");
                java.nio.file.Files.write(file, BYTES);
                Font font = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                return font;
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("cannot load the report font " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }
}
