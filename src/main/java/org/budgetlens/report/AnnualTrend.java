package org.budgetlens.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;

/**
 * The annual trend: the region's totals over the years (budget against final), basic against project spending and
 * 三公 by component (stacked), then each of the largest agencies across the years. Prior years a disclosure states
 * only as a change count as figures of that year (agency_trend).
 */
final class AnnualTrend {

    static final String AGENCY_NOTE = "本年支出合计与一般公共预算财政拨款支出，预算与决算（万元）";
    static final String SUM_NOTE = "所选机构之和（万元）；各年份覆盖的机构数见数据表“机构数”列，机构数不同的年份不宜直接比较";

    private final Connection connection;
    private final ReportOptions options;

    AnnualTrend(Connection connection, ReportOptions options) {
        this.connection = connection;
        this.options = options;
    }

    Section build() throws SQLException {
        List<ChartSpec> charts = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("预算 = 预算公开的预算数，或决算说明所列的年初预算数；决算 = 决算数。上年数据来自上年的公开文件，"
                + "或本年说明所述“比上年增加/减少”推得。");
        DataTable region = DataTable.query(connection, "trend_region.sql", "trend-region", "地区合计（万元）",
                options.regionPrefix(), options.sector(), options.scope());
        if (region.isEmpty()) {
            paragraphs.add("所选地区没有可用的预算、决算数据。");
        } else {
            charts.add(totals(region));
            charts.add(basicVsProject(region));
        }
        DataTable threePublic = DataTable.query(connection, "trend_three_public.sql", "trend-three-public",
                "“三公”经费构成（万元）", options.regionPrefix(), options.sector(), options.scope());
        if (!threePublic.isEmpty()) {
            charts.add(threePublic(threePublic));
        }
        DataTable flagged = FlaggedAgencies.query(connection, options);
        List<ChartSpec> agencies = perAgency(flagged);
        paragraphs.add(agencyParagraph(flagged.rows().size(), agencies.size()));
        charts.addAll(agencies);
        DataTable districts = DataTable.query(connection, "trend_districts.sql", "trend-districts",
                "各区划逐年合计（万元）", options.regionPrefix(), options.sector(), options.scope());
        DistrictTrends perDistrict = new DistrictTrends(districts, flagged, options.top());
        paragraphs.add(perDistrict.paragraph());
        charts.addAll(perDistrict.charts());
        return new Section("trend", "年度趋势", paragraphs, charts, List.of());
    }

    private ChartSpec totals(DataTable region) {
        SortedDataset data = totalsByYear(region, region.rows());
        JFreeChart chart = ReportCharts.lines("支出总额：预算与决算", "万元", data.build(), SUM_NOTE);
        return new ChartSpec("trend-region", chart, region, ReportCharts.noteOf(chart), 1000, 520);
    }

    private ChartSpec basicVsProject(DataTable region) {
        SortedDataset data = new SortedDataset();
        for (List<Object> row : region.rows()) {
            String item = (String) region.value(row, "item");
            if (item.equals("basic") || item.equals("project")) {
                data.add((BigDecimal) region.value(row, "amount"), (String) region.value(row, "item_zh"),
                        region.value(row, "fiscal_year") + " " + phaseZh((String) region.value(row, "phase")));
            }
        }
        String note = "本年支出合计 = 基本支出 + 项目支出（+ 上缴上级、经营支出、对附属单位补助，如有；支出表）；" + SUM_NOTE;
        JFreeChart chart = ReportCharts.stacked("基本支出与项目支出", null, "万元", data.build(),
                PlotOrientation.VERTICAL,
                note);
        return new ChartSpec("trend-basic-project", chart, region, ReportCharts.noteOf(chart), 1000, 520);
    }

    private ChartSpec threePublic(DataTable table) {
        SortedDataset data = new SortedDataset();
        for (List<Object> row : table.rows()) {
            data.add((BigDecimal) table.value(row, "amount"), (String) table.value(row, "component_zh"),
                    table.value(row, "fiscal_year") + " " + phaseZh((String) table.value(row, "phase")));
        }
        String note = "“三公”经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费；" + SUM_NOTE;
        JFreeChart chart = ReportCharts.stacked("“三公”经费构成", null, "万元", data.build(),
                PlotOrientation.VERTICAL,
                note);
        return new ChartSpec("trend-three-public", chart, table, ReportCharts.noteOf(chart), 1000, 520);
    }

    /**
     * One chart per flagged agency ({@link FlaggedAgencies}), in their order, at most {@code --top}: id
     * {@code trend-agency-NN}, NN the agency's position in the flagged table.
     */
    private List<ChartSpec> perAgency(DataTable flagged) throws SQLException {
        List<ChartSpec> charts = new ArrayList<>();
        for (List<Object> agency : flagged.rows()) {
            if (charts.size() == options.top()) {
                break;
            }
            int position = ((Number) flagged.value(agency, "position")).intValue();
            String id = String.format(java.util.Locale.ROOT, "trend-agency-%02d", position);
            String title = new BarLabels(44).next((String) flagged.value(agency, "agency_name"), false) + "（"
                    + flagged.value(agency, "region_code") + "）";
            DataTable table = DataTable.query(connection, "trend_agency.sql", id, title,
                    flagged.value(agency, "agency_id"));
            SortedDataset data = totalsByYear(table, table.rows());
            if (!data.isEmpty()) {
                String note = "关注原因：" + flagged.value(agency, "reasons") + "；" + AGENCY_NOTE;
                JFreeChart chart = ReportCharts.lines(title, "万元", data.build(), note);
                charts.add(new ChartSpec(id, chart, table, ReportCharts.noteOf(chart), 1000, 480,
                        List.of((String) flagged.value(agency, "agency_id"))));
            }
        }
        return charts;
    }

    private String agencyParagraph(int flagged, int drawn) {
        return "逐机构趋势只画关注机构，不画支出最大的机构：监督要核实的是有问题迹象的机构（" + FlaggedAgencies.rule()
                + "）。共" + flagged + "个，按关注项数、审核错误数、"
                + "本年支出合计排序，画前" + drawn + "个（上限 --top " + options.top() + "）；全部机构的逐年数据见工作簿“指标长表”。";
    }

    /** 本年支出合计 and 一般公共预算财政拨款支出 per year, one series for each item and phase (budget, final). */
    static SortedDataset totalsByYear(DataTable table, List<List<Object>> rows) {
        SortedDataset data = new SortedDataset();
        for (List<Object> row : rows) {
            String item = (String) table.value(row, "item");
            if (item.equals("total_expenditure") || item.equals("gpb_expenditure")) {
                data.add((BigDecimal) table.value(row, "amount"),
                        table.value(row, "item_zh") + "·" + phaseZh((String) table.value(row, "phase")),
                        String.valueOf(table.value(row, "fiscal_year")));
            }
        }
        return data;
    }

    static String phaseZh(String phase) {
        return phase.equals("final") ? "决算" : "预算";
    }
}
