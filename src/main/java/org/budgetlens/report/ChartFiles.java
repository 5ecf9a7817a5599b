package org.budgetlens.report;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.chart.ChartUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Writes a chart as PNG and as SVG. The SVG draws every string as glyph outlines of the bundled font (JFreeSVG's
 * vector hint), so it renders the same in any viewer, with or without a Chinese font.
 */
public final class ChartFiles {

    static {
        // ImageIO would buffer every PNG in a cache file of the temp dir (and, when that disk is full, fail on a
        // background thread with a stack trace): the charts are small, so they are buffered in memory
        javax.imageio.ImageIO.setUseCache(false);
    }

    private ChartFiles() {
    }

    public static void png(ChartSpec spec, Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), spec.chart(), spec.width(), spec.height());
    }

    public static void svg(ChartSpec spec, Path file) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(spec.width(), spec.height());
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        spec.chart().draw(g, new Rectangle(0, 0, spec.width(), spec.height()));
        Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
    }
}
