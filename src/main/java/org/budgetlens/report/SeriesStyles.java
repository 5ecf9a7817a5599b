package org.budgetlens.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.util.SortOrder;

/**
 * How the lines of one chart stay apart when their values coincide (a budget equal to its final account): each
 * series is drawn over the one before it, narrower, with its own dash pattern, marker shape and colour, so a later
 * line never hides an earlier one; where two coincide, the wider one shows on both sides of the narrower.
 */
final class SeriesStyles {

    static final Color[] COLORS = {new Color(0x4C78A8), new Color(0xF58518), new Color(0x54A24B),
        new Color(0xB279A2), new Color(0x72B7B2), new Color(0x9D755D)};
    /** Line widths, widest first: series 0 is drawn first and lies under the rest. */
    private static final float[] WIDTHS = {6.5f, 4.0f, 2.4f, 1.3f};
    private static final float[][] DASHES = {null, {10f, 5f}, null, {3f, 3f}};
    /** Marker sizes, largest first, for the same reason. */
    private static final double[] MARKERS = {13, 10, 7.5, 5};

    private SeriesStyles() {
    }

    static void apply(CategoryPlot plot, LineAndShapeRenderer renderer, int series) {
        plot.setRowRenderingOrder(SortOrder.ASCENDING);
        renderer.setDefaultShapesVisible(true);
        for (int s = 0; s < series; s++) {
            renderer.setSeriesPaint(s, COLORS[s % COLORS.length]);
            renderer.setSeriesStroke(s, stroke(s));
            renderer.setSeriesShape(s, shape(s));
        }
    }

    static Stroke stroke(int series) {
        int i = series % WIDTHS.length;
        return DASHES[i] == null ? new BasicStroke(WIDTHS[i], BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(WIDTHS[i], BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASHES[i], 0f);
    }

    /** Square, circle, triangle, diamond, each smaller than the one before. */
    static Shape shape(int series) {
        double size = MARKERS[series % MARKERS.length];
        double h = size / 2;
        return switch (series % 4) {
            case 0 -> new Rectangle2D.Double(-h, -h, size, size);
            case 1 -> new Ellipse2D.Double(-h, -h, size, size);
            case 2 -> polygon(new double[] {0, h, -h}, new double[] {-h, h, h});
            default -> polygon(new double[] {0, h, 0, -h}, new double[] {-h, 0, h, 0});
        };
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }
}
