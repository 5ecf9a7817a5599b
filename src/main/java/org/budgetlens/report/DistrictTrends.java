package org.budgetlens.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;

/**
 * One trend chart per district (region code) of the selection: its agencies' 本年支出合计 and 一般公共预算财政拨款支出
 * summed per year, budget against final. With more districts than {@code --top}, those with the most flagged
 * agencies come first, then by region code.
 */
final class DistrictTrends {

    private static final String NOTE = "本区划所选机构之和（万元）；各年份覆盖的机构数见数据表“机构数”列，"
            + "机构数不同的年份不宜直接比较";

    private final DataTable table;
    private final Map<String, List<List<Object>>> byDistrict = new LinkedHashMap<>();
    private final Map<String, Integer> flaggedIn = new HashMap<>();
    private final int top;

    DistrictTrends(DataTable table, DataTable flagged, int top) {
        this.table = table;
        this.top = top;
        for (List<Object> row : table.rows()) {
            byDistrict.computeIfAbsent((String) table.value(row, "region_code"), r -> new ArrayList<>()).add(row);
        }
        for (List<Object> row : flagged.rows()) {
            flaggedIn.merge((String) flagged.value(row, "region_code"), 1, Integer::sum);
        }
    }

    /** The districts drawn, in order: most flagged agencies first, then by region code; at most {@code top}. */
    List<String> chosen() {
        return byDistrict.keySet().stream()
                .sorted(Comparator.comparing((String r) -> -flaggedIn.getOrDefault(r, 0))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(top).toList();
    }

    List<ChartSpec> charts() {
        List<ChartSpec> charts = new ArrayList<>();
        for (String region : chosen()) {
            List<List<Object>> rows = byDistrict.get(region);
            String id = "trend-district-" + SafeOutput.fileName(region);
            String title = BarLabels.drawable((String) table.value(rows.get(0), "district")) + "（" + region + "）合计";
            SortedDataset data = AnnualTrend.totalsByYear(table, rows);
            JFreeChart chart = ReportCharts.lines(title, "万元", data.build(), NOTE);
            charts.add(new ChartSpec(id, chart, new DataTable(id, title, table.columns(), rows),
                    ReportCharts.noteOf(chart), 1000, 480));
        }
        return charts;
    }

    String paragraph() {
        int drawn = chosen().size();
        return "按区划：所选范围共" + byDistrict.size() + "个区划代码，每个区划一张合计趋势图"
                + (drawn < byDistrict.size() ? "，画关注机构最多的" + drawn + "个（同数按区划代码；上限 --top " + top + "）"
                        : "") + "。";
    }
}
