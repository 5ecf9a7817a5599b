package org.budgetlens.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
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
    static final Color[] SERIES = SeriesStyles.COLORS;

    private static final StandardChartTheme THEME = theme();

    private ReportCharts() {
    }

    /** One bar of a ranking; {@code text} is the label drawn at its end (null: the value, 2 decimals). */
    public record Bar(String label, BigDecimal value, boolean outlier, String text) {

        public Bar(String label, BigDecimal value, boolean outlier) {
            this(label, value, outlier, null);
        }
    }

    /**
     * Horizontal bars in the order given, outliers in red, the peers' median as a dashed line (the value axis always
     * reaches it, even when every bar lies on one side), the note (formula, denominator, order) under the chart.
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
        boolean yi = scaleAmounts(chart, valueAxis);
        labelBars((BarRenderer) plot.getRenderer(), bars, yi);
        plot.getRangeAxis().setUpperMargin(0.12);
        ChartAxes.fitCategoryLabels(plot, PlotOrientation.HORIZONTAL, bars.size());
        if (median != null) {
            plot.addRangeMarker(new ValueMarker(median.doubleValue(), Color.DARK_GRAY, new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f)));
            ChartAxes.include(plot, median);
            TextTitle legend = new TextTitle("虚线：同组中位数 " + format(median), ReportFont.of(Font.PLAIN, 12f));
            legend.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(legend);
        }
        addNote(chart, withYi(note, yi));
        return chart;
    }

    /**
     * Lines over the years, one per series, with a marker on every value (a single year still shows); coinciding
     * series stay visible ({@link SeriesStyles}).
     */
    public static JFreeChart lines(String title, String valueAxis, DefaultCategoryDataset data, String note) {
        JFreeChart chart = ChartFactory.createLineChart(title, "年度", valueAxis, data, PlotOrientation.VERTICAL,
                true, false, false);
        THEME.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        SeriesStyles.apply(plot, renderer, data.getRowCount());
        boolean yi = scaleAmounts(chart, valueAxis);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                yi ? ChartAxes.yiLabels() : decimals()));
        // Labels of close series would print over each other: with more than two lines the table has the values.
        renderer.setDefaultItemLabelsVisible(data.getColumnCount() <= 12 && data.getRowCount() <= 2);
        renderer.setDefaultItemLabelFont(ReportFont.of(Font.PLAIN, 11f));
        ChartAxes.fitCategoryLabels(plot, PlotOrientation.VERTICAL, data.getColumnCount());
        addNote(chart, withYi(withOverlapNote(note, data.getRowCount()), yi));
        return chart;
    }

    /** Bars stacked by series over the years (or any categories), vertical or horizontal. */
    public static JFreeChart stacked(String title, String categoryAxis, String valueAxis, DefaultCategoryDataset data,
                                     PlotOrientation orientation, String note) {
        JFreeChart chart = ChartFactory.createStackedBarChart(title, categoryAxis, valueAxis, data, orientation,
                true, false, false);
        THEME.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        for (int s = 0; s < data.getRowCount(); s++) {
            renderer.setSeriesPaint(s, SERIES[s % SERIES.length]);
        }
        boolean yi = scaleAmounts(chart, valueAxis);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new NonZeroLabels(yi ? ChartAxes.yiLabels() : decimals()));
        renderer.setDefaultItemLabelsVisible(data.getColumnCount() <= 12);
        renderer.setDefaultItemLabelFont(ReportFont.of(Font.PLAIN, 11f));
        ChartAxes.fitCategoryLabels(plot, orientation, data.getColumnCount());
        addNote(chart, withYi(note, yi));
        return chart;
    }

    /** A stacked chart of counts (findings, checks): whole-number ticks and labels. */
    public static JFreeChart counts(String title, String valueAxis, DefaultCategoryDataset data, String note) {
        JFreeChart chart = stacked(title, null, valueAxis, data, PlotOrientation.HORIZONTAL, note);
        ChartAxes.countTicks(chart.getCategoryPlot());
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setDefaultItemLabelGenerator(
                new NonZeroLabels(NumberFormat.getIntegerInstance(Locale.ROOT)));
        return chart;
    }

    /** The note printed under a chart (formula, denominator, order, units), as the chart states it. */
    public static String noteOf(JFreeChart chart) {
        for (Object t : chart.getSubtitles()) {
            if (t instanceof TextTitle text && text.getPosition() == RectangleEdge.BOTTOM) {
                return text.getText();
            }
        }
        return null;
    }

    /** An axis of 万元 whose values need seven digits reads 亿元 (label and ticks); the values stay in 万元. */
    private static boolean scaleAmounts(JFreeChart chart, String valueAxis) {
        CategoryPlot plot = chart.getCategoryPlot();
        if (valueAxis == null || !valueAxis.contains("万元") || !ChartAxes.needsYi(plot)) {
            return false;
        }
        plot.getRangeAxis().setLabel(valueAxis.replace("万元", "亿元"));
        ChartAxes.yiTicks(plot);
        return true;
    }

    private static String withYi(String note, boolean yi) {
        if (!yi) {
            return note;
        }
        return note == null || note.isBlank() ? ChartAxes.YI_NOTE : note + "；" + ChartAxes.YI_NOTE;
    }

    private static String withOverlapNote(String note, int series) {
        if (series < 2) {
            return note;
        }
        String overlap = "数值相同的线重合时，先画的线更粗，后画的线细、虚实与标记不同，叠在其上";
        return note == null || note.isBlank() ? overlap : note + "；" + overlap;
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

    private static void labelBars(BarRenderer renderer, List<Bar> bars, boolean yi) {
        renderer.setDefaultItemLabelGenerator(new BarTexts(bars, yi ? ChartAxes.yiLabels() : decimals()));
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

        NonZeroLabels(NumberFormat format) {
            super("{2}", format);
        }

        @Override
        public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
            Number value = dataset.getValue(row, column);
            return value == null || new java.math.BigDecimal(value.toString()).signum() == 0 ? null
                    : super.generateLabel(dataset, row, column);
        }
    }

    /** A ranking's value labels: the bar's own text where it has one (a rate with its change), else the value. */
    private static final class BarTexts extends StandardCategoryItemLabelGenerator {

        private static final long serialVersionUID = 1L;
        private final transient List<Bar> bars;

        BarTexts(List<Bar> bars, NumberFormat format) {
            super("{2}", format);
            this.bars = List.copyOf(bars);
        }

        @Override
        public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
            String text = bars.get(column).text();
            return text != null ? text : super.generateLabel(dataset, row, column);
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
