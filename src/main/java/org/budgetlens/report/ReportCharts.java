package org.budgetlens.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Builds the report's charts, every text in the bundled font: ranked bars, lines by year, stacked bars by year. */
public final class ReportCharts {

    /** Bars of a ranking: plain, and the ones outside the peers' fences. */
    static final Color BAR = new Color(0x4C78A8);
    static final Color OUTLIER = new Color(0xD6402B);
    static final Color[] SERIES = {new Color(0x4C78A8), new Color(0xF58518), new Color(0x54A24B),
        new Color(0xB279A2), new Color(0x72B7B2), new Color(0x9D755D)};

    private static final StandardChartTheme THEME = theme();

    private ReportCharts() {
    }

    /** One bar of a ranking. */
    public record Bar(String label, BigDecimal value, boolean outlier) {
    }

    /**
     * Horizontal bars in the order given, outliers in red, the peers' median as a dashed line, the note (formula and
     * denominator) under the chart.
     */
    public static JFreeChart ranking(String title, String valueAxis, List<Bar> bars, BigDecimal median,
                                     String note) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar bar : bars) {
            data.addValue(bar.value(), valueAxis, bar.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.HORIZONTAL,
                false, false, false);
        THEME.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setRenderer(new RankingRenderer(bars));
        labelBars((BarRenderer) plot.getRenderer());
        plot.getRangeAxis().setUpperMargin(0.12);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        if (median != null) {
            plot.addRangeMarker(new ValueMarker(median.doubleValue(), Color.DARK_GRAY, new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f)));
            TextTitle legend = new TextTitle("虚线：同组中位数 " + format(median), ReportFont.of(Font.PLAIN, 12f));
            legend.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(legend);
        }
        addNote(chart, note);
        return chart;
    }

    /** Lines over the years, one per series, with a dot on every value (a single year still shows). */
    public static JFreeChart lines(String title, String valueAxis, DefaultCategoryDataset data, String note) {
        JFreeChart chart = ChartFactory.createLineChart(title, "年度", valueAxis, data, PlotOrientation.VERTICAL,
                true, false, false);
        THEME.apply(chart);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int s = 0; s < data.getRowCount(); s++) {
            renderer.setSeriesPaint(s, SERIES[s % SERIES.length]);
            renderer.setSeriesStroke(s, new BasicStroke(2.2f));
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", decimals()));
        // Labels of close series would print over each other: with more than two lines the table has the values.
        renderer.setDefaultItemLabelsVisible(data.getColumnCount() <= 12 && data.getRowCount() <= 2);
        renderer.setDefaultItemLabelFont(ReportFont.of(Font.PLAIN, 11f));
        addNote(chart, note);
        return chart;
    }

    /** Bars stacked by series over the years (or any categories), vertical or horizontal. */
    public static JFreeChart stacked(String title, String categoryAxis, String valueAxis, DefaultCategoryDataset data,
                                     PlotOrientation orientation, String note) {
        JFreeChart chart = ChartFactory.createStackedBarChart(title, categoryAxis, valueAxis, data, orientation,
                true, false, false);
        THEME.apply(chart);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        for (int s = 0; s < data.getRowCount(); s++) {
            renderer.setSeriesPaint(s, SERIES[s % SERIES.length]);
        }
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new NonZeroLabels());
        renderer.setDefaultItemLabelsVisible(data.getColumnCount() <= 12);
        renderer.setDefaultItemLabelFont(ReportFont.of(Font.PLAIN, 11f));
        CategoryAxis axis = chart.getCategoryPlot().getDomainAxis();
        axis.setMaximumCategoryLabelWidthRatio(0.45f);
        if (orientation == PlotOrientation.VERTICAL && data.getColumnCount() > 8) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        addNote(chart, note);
        return chart;
    }

    /** 2 decimals with grouping, as every amount and rate in the report. */
    public static String format(BigDecimal value) {
        return decimals().format(value);
    }

    static DecimalFormat decimals() {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f;
    }

    private static void labelBars(BarRenderer renderer) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", decimals()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ReportFont.of(Font.PLAIN, 11f));
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(4);
    }

    private static void addNote(JFreeChart chart, String note) {
        if (note == null || note.isBlank()) {
            return;
        }
        TextTitle text = new TextTitle(note, ReportFont.of(Font.PLAIN, 12f));
        text.setPosition(RectangleEdge.BOTTOM);
        text.setPaint(Color.DARK_GRAY);
        chart.addSubtitle(text);
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("budgetlens");
        theme.setExtraLargeFont(ReportFont.of(Font.BOLD, 18f));
        theme.setLargeFont(ReportFont.of(Font.PLAIN, 14f));
        theme.setRegularFont(ReportFont.of(Font.PLAIN, 12f));
        theme.setSmallFont(ReportFont.of(Font.PLAIN, 11f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(new Color(0xFAFAFA));
        theme.setDomainGridlinePaint(new Color(0xDDDDDD));
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    /** Value labels for stacked segments: a zero segment has no height, so it gets no label either. */
    private static final class NonZeroLabels extends StandardCategoryItemLabelGenerator {

        private static final long serialVersionUID = 1L;

        NonZeroLabels() {
            super("{2}", decimals());
        }

        @Override
        public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
            Number value = dataset.getValue(row, column);
            return value == null || new java.math.BigDecimal(value.toString()).signum() == 0 ? null
                    : super.generateLabel(dataset, row, column);
        }
    }

    /** Paints each bar of a ranking by whether it lies outside the peers' fences. */
    private static final class RankingRenderer extends BarRenderer {

        private static final long serialVersionUID = 1L;
        private final transient List<Bar> bars;

        RankingRenderer(List<Bar> bars) {
            this.bars = List.copyOf(bars);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return bars.get(column).outlier() ? OUTLIER : BAR;
        }
    }
}
