package org.budgetlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.budgetlens.Cli;
import org.budgetlens.warehouse.Warehouse;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The charts of a generated province's report do not mislead: labels whole, the median on the axis, 三公 growth on a
 * real base with its change, ties stated and broken as said, whole-number counts, lines that do not hide each other,
 * 亿元 for seven-digit 万元.
 */
class ReportChartsTest {

    static GeneratedProvince p;

    @BeforeAll
    static void report() {
        p = GeneratedProvince.get();
    }

    @Test
    void categoryLabelsAreDrawnWholeYearsAboveAll() {
        int checked = 0;
        for (ChartSpec c : p.charts()) {
            String drawn = String.join("\n", drawnTexts(c.chart(), c.width(), c.height()));
            CategoryDataset data = c.chart().getCategoryPlot().getDataset();
            for (int col = 0; col < data.getColumnCount(); col++) {
                // a label may wrap at its space ("2024 决算" on two lines), never lose characters
                for (String part : data.getColumnKey(col).toString().split(" ")) {
                    assertThat(drawn).as(c.id() + " draws " + part).contains(part);
                    checked++;
                }
            }
            if (c.id().startsWith("trend-")) {
                assertThat(drawn).as(c.id() + ": nothing cut on a trend chart").doesNotContain("…");
            }
        }
        assertThat(checked).isGreaterThan(250);
        ChartSpec basic = p.chart("trend-basic-project");
        assertThat(drawnTexts(basic.chart(), basic.width(), basic.height())).contains("2022 决算", "2022 预算",
                "2023 决算", "2023 预算", "2024 决算", "2024 预算");
    }

    @Test
    void thePeerMedianIsAlwaysOnTheValueAxis() {
        for (String metric : List.of("execution_rate_pct", "personnel_share_of_basic_pct", "three_public_total",
                "three_public_change_pct")) {
            ChartSpec c = p.chart("review-" + metric);
            var rows = ReportFiles.csv(p.folder, "review-" + metric);
            BigDecimal median = new BigDecimal(rows.get(0).get("同组中位数"));
            CategoryPlot plot = c.chart().getCategoryPlot();
            List<Marker> markers = new ArrayList<>(plot.getRangeMarkers(Layer.FOREGROUND));
            assertThat(markers).hasSize(1);
            assertThat(((ValueMarker) markers.get(0)).getValue()).isEqualTo(median.doubleValue());
            assertThat(plot.getRangeAxis().getRange().contains(median.doubleValue())).as(metric).isTrue();
        }
        // the 20 lowest execution rates all lie below the median of 60: it used to fall off the axis's end
        var rates = ReportFiles.csv(p.folder, "review-execution_rate_pct");
        BigDecimal median = new BigDecimal(rates.get(0).get("同组中位数"));
        assertThat(median).isEqualByComparingTo("92.80");
        assertThat(new BigDecimal(rates.get(GeneratedProvince.TOP - 1).get("数值"))).isLessThan(median);
        assertThat(p.chart("review-execution_rate_pct").chart().getCategoryPlot().getRangeAxis().getUpperBound())
                .isGreaterThan(92.80);
        // 三公 growth: the median is negative and the axis reaches below it
        var growth = ReportFiles.csv(p.folder, "review-three_public_change_pct");
        BigDecimal growthMedian = new BigDecimal(growth.get(0).get("同组中位数"));
        assertThat(growthMedian.signum()).isNegative();
        assertThat(p.chart("review-three_public_change_pct").chart().getCategoryPlot().getRangeAxis().getLowerBound())
                .isLessThan(growthMedian.doubleValue());
    }

    @Test
    void theMedianIsOnTheAxisWhenEveryBarShownLiesAboveIt() throws Exception {
        try (Warehouse w = Warehouse.openReadOnly(p.db)) {
            Section review = new DistrictReview(w.connection(), new ReportOptions(null, null, null, "final", "本级", 3,
                    p.work.resolve("unused")), 2024).build();
            ChartSpec c = review.charts().stream().filter(s -> s.id().equals("review-three_public_change_pct"))
                    .findFirst().orElseThrow();
            CategoryPlot plot = c.chart().getCategoryPlot();
            double median = ((ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next()).getValue();
            assertThat(median).isEqualTo(-14.86);
            for (int col = 0; col < 3; col++) {
                assertThat(plot.getDataset().getValue(0, col).doubleValue()).isGreaterThan(100);
            }
            assertThat(plot.getRangeAxis().getLowerBound()).isLessThan(median);
            assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(plot.getDataset().getValue(0, 0)
                    .doubleValue());
        }
    }

    @Test
    void threePublicGrowthIsRankedOnABaseOfAtLeastOneWanYuanWithItsChangeShown() {
        var rows = ReportFiles.csv(p.folder, "review-three_public_change_pct");
        List<Map<String, String>> unranked = rows.stream().filter(r -> r.get("参与排序").equals("false")).toList();
        assertThat(unranked).isNotEmpty();
        for (Map<String, String> r : unranked) {
            assertThat(new BigDecimal(r.get("上年基数（万元）"))).isLessThan(BigDecimal.ONE);
            assertThat(r.get("名次（1 = 最高）")).isEmpty();
            assertThat(r.get("离群判断")).isEqualTo("基数低于1万元，不排序");
        }
        // listed after every ranked agency, and the ranked ones all have a base of 1 万元 or more
        int firstUnranked = rows.indexOf(unranked.get(0));
        assertThat(rows.subList(firstUnranked, rows.size())).allMatch(r -> r.get("参与排序").equals("false"));
        assertThat(rows.subList(0, firstUnranked))
                .allMatch(r -> new BigDecimal(r.get("上年基数（万元）")).compareTo(BigDecimal.ONE) >= 0);
        // the base and change are the three_public view's
        Map<String, String> first = rows.get(0);
        assertThat(first.get("上年基数（万元）")).isEqualTo(Cli.sqlValue(p.db, "SELECT CAST(prior_year_amount AS "
                + "DECIMAL(18, 2)) FROM three_public WHERE source_disclosure = '" + first.get("公开文件")
                + "' AND component = 'total' AND phase = 'final' AND fiscal_year = 2024"));
        // the chart ranks only the ranked, each bar with its change in 万元, and says why the others are not there
        ChartSpec c = p.chart("review-three_public_change_pct");
        List<String> labels = ChartLabels.of(c.chart());
        BigDecimal change = new BigDecimal(first.get("增减额（万元）"));
        assertThat(labels).contains(ReportCharts.format(new BigDecimal(first.get("数值"))) + "（"
                + (change.signum() > 0 ? "+" : "") + ReportCharts.format(change) + "万元）");
        assertThat(c.note()).contains("上年基数低于1万元的不排序、不判断离群", unranked.size() + "个机构，列于数据表末尾");
        Set<String> bars = categories(c.chart());
        assertThat(unranked).noneMatch(r -> bars.stream().anyMatch(b -> b.startsWith(r.get("机构"))));
        assertThat(c.chart().getTitle().getText()).contains(firstUnranked + "个机构中最高的");
    }

    @Test
    void aGrowthWithOnlyTinyBasesIsListedNotCharted() throws Exception {
        try (Warehouse w = Warehouse.openReadOnly(p.db)) {
            // 刚察县: one agency, whose 三公 was 0.36 万元 the year before
            Section review = new DistrictReview(w.connection(), new ReportOptions(null, "632224", null, "final", "本级",
                    20, p.work.resolve("unused")), 2024).build();
            assertThat(review.charts()).noneMatch(c -> c.id().equals("review-three_public_change_pct"));
            DataTable growth = review.tables().stream().filter(t -> t.id().equals("review-three_public_change_pct"))
                    .findFirst().orElseThrow();
            assertThat(growth.rows()).hasSize(1);
            assertThat(growth.value(growth.rows().get(0), "base")).isEqualTo(new BigDecimal("0.36"));
            assertThat(review.paragraphs()).contains("“三公”经费比上年增长：1个机构的上年基数都低于1万元，不排序，见数据表。");
        }
    }

    @Test
    void rankingsAreSortedAsTheirNoteSaysAndStateTheirTies() {
        for (MetricSpec metric : MetricSpec.all()) {
            var rows = ReportFiles.csv(p.folder, "review-" + metric.metric()).stream()
                    .filter(r -> !"false".equals(r.get("参与排序"))).toList();
            Comparator<Map<String, String>> byValue = Comparator.comparing(r -> new BigDecimal(r.get("数值")));
            Comparator<Map<String, String>> order = (metric.lowIsConcern() ? byValue : byValue.reversed())
                    .thenComparing(r -> r.get("机构")).thenComparing(r -> r.get("机构编号"));
            assertThat(rows).as(metric.metric()).isSortedAccordingTo(order);
            ChartSpec c = p.chart("review-" + metric.metric());
            assertThat(c.note()).contains("排序：数值从" + (metric.lowIsConcern() ? "低到高" : "高到低")
                    + "，数值相同按机构名称、再按机构编号");
            Map<BigDecimal, Long> counts = rows.stream().collect(Collectors.groupingBy(
                    r -> new BigDecimal(r.get("数值")), LinkedHashMap::new, Collectors.counting()));
            for (Map<String, String> shown : rows.subList(0, Math.min(GeneratedProvince.TOP, rows.size()))) {
                long n = counts.get(new BigDecimal(shown.get("数值")));
                String tie = shown.get("数值") + "（" + n + "个机构）";
                if (n > 1) {
                    assertThat(c.note()).as(metric.metric()).contains("并列：").contains(tie);
                } else {
                    assertThat(c.note()).as(metric.metric()).doesNotContain(tie);
                }
            }
        }
        // the generated province has three agencies at 96.00 % personnel share, among the 20 highest
        assertThat(p.chart("review-personnel_share_of_basic_pct").note()).contains("96.00（3个机构）");
    }

    @Test
    void countAxesTickInWholeNumbers() {
        JFreeChart chart = p.chart("quality-disclosures").chart();
        chart.createBufferedImage(1000, 800);
        double tick = ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).getTickUnit().getSize();
        assertThat(tick).isGreaterThanOrEqualTo(1.0);
        assertThat(tick % 1).isZero();
        assertThat(drawnTexts(chart)).noneMatch(t -> t.matches("\\d+\\.\\d+"));
    }

    @Test
    void coincidingLinesStayVisible() {
        // two series with the same real figures (an agency whose budget equals its final account)
        DataTable t = p.chart("trend-agency-01").data();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (List<Object> row : t.rows()) {
            if (t.value(row, "item").equals("total_expenditure") && t.value(row, "phase").equals("final")) {
                String year = String.valueOf(t.value(row, "fiscal_year"));
                data.addValue((BigDecimal) t.value(row, "amount"), "预算", year);
                data.addValue((BigDecimal) t.value(row, "amount"), "决算", year);
            }
        }
        assertThat(data.getColumnCount()).isGreaterThanOrEqualTo(2);
        JFreeChart chart = ReportCharts.lines("重合", "万元", data, null);
        chart.removeLegend();
        BufferedImage image = chart.createBufferedImage(800, 400);
        assertThat(pixels(image, SeriesStyles.COLORS[0])).as("the first line shows beside the second").isGreaterThan(300);
        assertThat(pixels(image, SeriesStyles.COLORS[1])).as("the second line shows on the first").isGreaterThan(300);
        // and every line chart of the report gives each series its own stroke and marker, narrower as drawn later
        LineAndShapeRenderer r = (LineAndShapeRenderer) p.chart("trend-region").chart().getCategoryPlot().getRenderer();
        int series = p.chart("trend-region").chart().getCategoryPlot().getDataset().getRowCount();
        assertThat(series).isEqualTo(4);
        for (int s = 1; s < series; s++) {
            assertThat(((java.awt.BasicStroke) r.getSeriesStroke(s)).getLineWidth())
                    .isLessThan(((java.awt.BasicStroke) r.getSeriesStroke(s - 1)).getLineWidth());
            assertThat(r.getSeriesShape(s).getBounds2D().getWidth())
                    .isLessThan(r.getSeriesShape(s - 1).getBounds2D().getWidth());
        }
        assertThat(p.chart("trend-region").note()).contains("数值相同的线重合时");
    }

    @Test
    void sevenDigitAmountsReadInYiYuanOnTheAxisOnly() {
        DataTable region = p.chart("trend-region").data();
        DefaultCategoryDataset small = new DefaultCategoryDataset();
        DefaultCategoryDataset large = new DefaultCategoryDataset();
        for (List<Object> row : region.rows()) {
            if (region.value(row, "item").equals("total_expenditure") && region.value(row, "phase").equals("final")) {
                BigDecimal amount = (BigDecimal) region.value(row, "amount");
                String year = String.valueOf(region.value(row, "fiscal_year"));
                small.addValue(amount, "决算", year);
                large.addValue(amount.multiply(BigDecimal.TEN.pow(2)), "决算", year); // a province 100 times as large
            }
        }
        assertThat(((Number) small.getValue(0, 2)).doubleValue()).isBetween(10_000d, 1_000_000d);
        JFreeChart wan = ReportCharts.lines("支出", "万元", small, "说明");
        assertThat(wan.getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("万元");
        assertThat(ReportCharts.noteOf(wan)).isEqualTo("说明");
        JFreeChart yi = ReportCharts.stacked("支出", null, "万元", large, PlotOrientation.VERTICAL, "说明");
        assertThat(yi.getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("亿元");
        assertThat(ReportCharts.noteOf(yi)).isEqualTo("说明；" + ChartAxes.YI_NOTE);
        BigDecimal v = new BigDecimal(large.getValue(0, 2).toString());
        String inYi = ReportCharts.format(v.movePointLeft(4));
        assertThat(ChartLabels.of(yi)).contains(inYi);
        assertThat(drawnTexts(yi)).contains(inYi);
        assertThat(((NumberAxis) yi.getCategoryPlot().getRangeAxis()).getNumberFormatOverride().format(1_000_000d))
                .isEqualTo("100");
    }

    private static Set<String> categories(JFreeChart chart) {
        Set<String> keys = new TreeSet<>();
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        for (int c = 0; c < data.getColumnCount(); c++) {
            keys.add(data.getColumnKey(c).toString());
        }
        return keys;
    }

    private static int pixels(BufferedImage image, Color color) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (color.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static final Pattern TEXT = Pattern.compile("<text[^>]*>(.*?)</text>", Pattern.DOTALL);

    /** Every string the chart draws, as an SVG of text elements holds them. */
    static List<String> drawnTexts(JFreeChart chart) {
        return drawnTexts(chart, 1000, 520);
    }

    static List<String> drawnTexts(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        List<String> texts = new ArrayList<>();
        Matcher m = TEXT.matcher(g.getSVGElement());
        while (m.find()) {
            texts.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&apos;", "'").replace("&amp;", "&"));
        }
        return texts;
    }
}
