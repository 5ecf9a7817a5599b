package org.budgetlens.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.Range;

/**
 * The axes of the report's charts, set so they do not mislead: category labels wrap or turn instead of being cut,
 * the value axis spans every reference line drawn on it, counts tick in whole numbers, and amounts that would need
 * seven digits of 万元 are shown in 亿元 (the tables keep 万元).
 */
final class ChartAxes {

    /** From 1,000,000 万元 (100 亿元) on, an amount axis reads 亿元: seven-digit tick labels are hard to read. */
    static final BigDecimal YI_FROM = new BigDecimal("1000000");
    static final String YI_NOTE = "图中金额以亿元显示（1亿元 = 10,000万元）；数据表与CSV仍为万元";
    private static final double WAN_PER_YI = 10_000d;

    private ChartAxes() {
    }

    /**
     * Category labels are never cut: a label may take up to three lines; vertical charts with many categories turn
     * their labels upright (an upright label has the plot's height, not a category's width, to fit in); horizontal
     * charts give the labels up to 45 % of the width (names longer than that were shortened by {@link BarLabels}).
     */
    static void fitCategoryLabels(CategoryPlot plot, PlotOrientation orientation, int categories) {
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelLines(3);
        if (orientation == PlotOrientation.HORIZONTAL) {
            axis.setMaximumCategoryLabelWidthRatio(0.45f);
        } else if (categories > 8) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
    }

    /** The value axis from the data's range widened to include {@code value} (a reference line), with margins. */
    static void include(CategoryPlot plot, BigDecimal value) {
        Range data = plot.getDataRange(plot.getRangeAxis());
        double v = value.doubleValue();
        double lower = Math.min(0, data == null ? v : Math.min(data.getLowerBound(), v));
        double upper = Math.max(0, data == null ? v : Math.max(data.getUpperBound(), v));
        double span = upper - lower == 0 ? 1 : upper - lower;
        plot.getRangeAxis().setRange(lower < 0 ? lower - 0.12 * span : 0, upper + 0.12 * span);
    }

    /** Whole-number ticks: 0, 1, 2 … (never 0.2, 0.4 on a count). */
    static void countTicks(CategoryPlot plot) {
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    }

    /** Whether an axis of 万元 would need seven digits: its largest absolute value (stacks summed) from 100 亿元. */
    static boolean needsYi(CategoryPlot plot) {
        Range data = plot.getDataRange(plot.getRangeAxis());
        return data != null && Math.max(Math.abs(data.getLowerBound()), Math.abs(data.getUpperBound()))
                >= YI_FROM.doubleValue();
    }

    /** Tick labels in 亿元 for values held in 万元. */
    static void yiTicks(CategoryPlot plot) {
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new Scaled(WAN_PER_YI, "#,##0.##"));
    }

    /** Value labels in 亿元, two decimals, for values held in 万元. */
    static NumberFormat yiLabels() {
        return new Scaled(WAN_PER_YI, "#,##0.00");
    }

    /** A format that divides by {@code divisor} first: the chart's values stay as the table has them. */
    private static final class Scaled extends NumberFormat {

        private static final long serialVersionUID = 1L;
        private final double divisor;
        private final DecimalFormat format;

        Scaled(double divisor, String pattern) {
            this.divisor = divisor;
            this.format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
            this.format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return format.format(number / divisor, to, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return format.format(number / divisor, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            Number n = format.parse(source, pos);
            return n == null ? null : n.doubleValue() * divisor;
        }
    }
}
