package org.budgetlens.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The district review of one fiscal year: agencies ranked by each metric of {@code report/metrics.csv} (the end that
 * concerns oversight first, at most {@code top} bars, the peers' median drawn, outliers in red), the metrics by
 * prefecture, and every agency's key figures.
 */
final class DistrictReview {

    private final Connection connection;
    private final ReportOptions options;
    private final int year;

    DistrictReview(Connection connection, ReportOptions options, int year) {
        this.connection = connection;
        this.options = options;
        this.year = year;
    }

    Section build() throws SQLException {
        List<ChartSpec> charts = new ArrayList<>();
        List<DataTable> unrankedOnly = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(year + "年" + kindZh(options.kind()) + "（" + options.scope() + "）：每个指标按同组机构排序，"
                + "同组 = 本报告所选地区和行业的全部机构；虚线为同组中位数，红色为离群（低于 Q1 − 1.5 × IQR 或高于 Q3 + "
                + "1.5 × IQR，至少4个机构）。名称后的 * 表示该指标所用数据有审核错误（见数据质量）。");
        for (MetricSpec metric : MetricSpec.all()) {
            rank(metric, charts, unrankedOnly, paragraphs);
        }
        DataTable byCity = DataTable.query(connection, "review_by_city.sql", "review-by-city", "按地区汇总",
                year, options.regionPrefix(), options.sector(), options.kind(), options.scope());
        ChartSpec cities = byCity.rows().size() > 1 ? byCityChart(byCity) : null;
        if (cities != null) {
            charts.add(cities);
        }
        DataTable keyFigures = DataTable.query(connection, "review_key_figures.sql", "review-key-figures",
                year + "年各机构主要数据（万元，%）", year, options.regionPrefix(), options.sector(), options.kind(),
                options.scope());
        DataTable flagged = FlaggedAgencies.query(connection, options, year);
        paragraphs.add(FlaggedAgencies.rule() + "。共" + flagged.rows().size() + "个，见下表“" + FlaggedAgencies.TITLE
                + "”（按关注项数、审核错误数、本年支出合计从多到少排列）。");
        List<DataTable> tables = new ArrayList<>(List.of(flagged, keyFigures));
        tables.addAll(unrankedOnly);
        if (cities == null && !byCity.isEmpty()) {
            tables.add(byCity);
        }
        return new Section("review", "机构横向比较（" + year + "年）", paragraphs, charts, tables);
    }

    /** The metric's ranking chart; or, with nothing to rank, a paragraph that says why (and the table, if any). */
    private void rank(MetricSpec metric, List<ChartSpec> charts, List<DataTable> unrankedOnly, List<String> paragraphs)
            throws SQLException {
        DataTable table = withoutBase(metric, DataTable.query(connection, "review_metric.sql",
                "review-" + metric.metric(), metric.title(), year, options.regionPrefix(), options.sector(),
                metric.metric(), options.kind(), options.scope(), metric.lowIsConcern() ? "low" : "high",
                metric.minBase()));
        if (table.isEmpty()) {
            paragraphs.add(metric.title() + "：所选公开中没有可计算的数据" + (metric.metric().startsWith(
                    "execution_rate") ? "（执行率只在决算中有）" : "") + "。");
        } else if (table.rows().stream().noneMatch(r -> ranked(table, r))) {
            paragraphs.add(metric.title() + "：" + table.rows().size() + "个机构的上年基数都低于"
                    + metric.minBase().toPlainString() + "万元，不排序，见数据表。");
            unrankedOnly.add(table);
        } else {
            charts.add(ranking(metric, table));
        }
    }

    private ChartSpec ranking(MetricSpec metric, DataTable table) {
        List<List<Object>> ranked = table.rows().stream().filter(r -> ranked(table, r)).toList();
        List<List<Object>> shown = ranked.subList(0, Math.min(options.top(), ranked.size()));
        BarLabels labels = new BarLabels();
        List<ReportCharts.Bar> bars = new ArrayList<>();
        for (List<Object> row : shown) {
            String outlier = (String) table.value(row, "outlier");
            BigDecimal value = (BigDecimal) table.value(row, "value");
            bars.add(new ReportCharts.Bar(labels.next((String) table.value(row, "agency_name"),
                    (String) table.value(row, "region_code"), Boolean.TRUE.equals(table.value(row, "audit_flag"))),
                    value, outlier.contains("离群"), barText(table, row, value)));
        }
        BigDecimal median = ranked.isEmpty() ? null : (BigDecimal) table.value(ranked.get(0), "median");
        String which = metric.lowIsConcern() ? "最低" : "最高";
        String title = metric.title() + "：" + ranked.size() + "个机构中" + which + "的" + shown.size() + "个";
        String note = RankingNotes.of(metric, table, ranked, shown);
        JFreeChart chart = ReportCharts.ranking(title, metric.title() + "（" + metric.unit() + "）", bars, median,
                note);
        return new ChartSpec(table.id(), chart, table, ReportCharts.noteOf(chart), 1000,
                190 + 30 * Math.max(bars.size(), 1),
                shown.stream().map(r -> (String) table.value(r, "agency_id")).toList());
    }

    /** A rate with a base shows its change in 万元 beside it: +973.68 % may be 9.25 万元. */
    private static String barText(DataTable table, List<Object> row, BigDecimal value) {
        if (!table.columns().contains("change") || table.value(row, "change") == null) {
            return null;
        }
        BigDecimal change = (BigDecimal) table.value(row, "change");
        return ReportCharts.format(value) + "（" + (change.signum() > 0 ? "+" : "") + ReportCharts.format(change)
                + "万元）";
    }

    private static boolean ranked(DataTable table, List<Object> row) {
        return !table.columns().contains("ranked") || Boolean.TRUE.equals(table.value(row, "ranked"));
    }

    /** Base, change and ranked only mean something for a metric ranked on a minimum base (三公 growth). */
    private static DataTable withoutBase(MetricSpec metric, DataTable table) {
        if (metric.minBase() != null) {
            return table;
        }
        List<String> drop = List.of("base", "change", "ranked");
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (!drop.contains(table.columns().get(c))) {
                keep.add(c);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            rows.add(keep.stream().map(row::get).toList());
        }
        return new DataTable(table.id(), table.title(), keep.stream().map(table.columns()::get).toList(), rows);
    }

    private ChartSpec byCityChart(DataTable table) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        BarLabels labels = new BarLabels();
        int shown = 0;
        for (List<Object> row : table.rows()) {
            BigDecimal median = (BigDecimal) table.value(row, "median_execution_rate_pct");
            if (median == null || shown == options.top()) {
                continue;
            }
            data.addValue(median, "执行率中位数（%）", labels.next((String) table.value(row, "area"), false));
            shown++;
        }
        if (shown == 0) {
            return null;
        }
        String note = "各地区机构预算执行率的中位数；" + MetricSpec.of("execution_rate_pct").note()
                + "；排序：中位数从低到高，相同按地区名称";
        JFreeChart chart = ReportCharts.stacked("按地区：预算执行率中位数（最低的" + shown + "个地区）", null,
                "执行率中位数（%）", data, PlotOrientation.HORIZONTAL, note);
        chart.removeLegend();
        return new ChartSpec(table.id(), chart, table, ReportCharts.noteOf(chart), 1000,
                170 + 30 * Math.max(shown, 1));
    }

    static String kindZh(String kind) {
        return switch (kind) {
            case "final" -> "决算";
            case "budget" -> "预算";
            case "performance" -> "绩效自评";
            default -> kind;
        };
    }
}
