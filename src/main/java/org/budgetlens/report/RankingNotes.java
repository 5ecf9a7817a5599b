package org.budgetlens.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The note under a ranking chart: the metric's formula and denominator, the order the bars are in and how ties are
 * broken (as {@code review_metric.sql} sorts), which values tie among the bars shown, the threshold of concern, and
 * the agencies kept out of the ranking because their base is below the minimum.
 */
final class RankingNotes {

    private RankingNotes() {
    }

    static String of(MetricSpec metric, DataTable table, List<List<Object>> ranked, List<List<Object>> shown) {
        List<String> parts = new ArrayList<>();
        parts.add(metric.note());
        parts.add("排序：数值从" + (metric.lowIsConcern() ? "低到高" : "高到低") + "，数值相同按机构名称、再按机构编号");
        String ties = ties(table, ranked, shown);
        if (ties != null) {
            parts.add(ties);
        }
        if (metric.threshold() != null) {
            parts.add((metric.lowIsConcern() ? "低于" : "高于") + metric.threshold().toPlainString() + metric.unit()
                    + "列为关注机构");
        }
        int unranked = table.rows().size() - ranked.size();
        if (metric.minBase() != null) {
            parts.add("上年基数低于" + metric.minBase().toPlainString() + "万元的不排序、不判断离群（微小基数的增长率无意义）"
                    + (unranked > 0 ? "：" + unranked + "个机构，列于数据表末尾" : "") + "；条形旁括号内为增减额");
        }
        return String.join("；", parts);
    }

    /** The values shared by two or more ranked agencies among those shown: "并列：96.00（25个机构）". */
    private static String ties(DataTable table, List<List<Object>> ranked, List<List<Object>> shown) {
        Map<BigDecimal, Integer> counts = new LinkedHashMap<>();
        for (List<Object> row : ranked) {
            counts.merge(((BigDecimal) table.value(row, "value")).stripTrailingZeros(), 1, Integer::sum);
        }
        List<String> tied = new ArrayList<>();
        for (List<Object> row : shown) {
            BigDecimal v = (BigDecimal) table.value(row, "value");
            String text = ReportCharts.format(v) + "（" + counts.get(v.stripTrailingZeros()) + "个机构）";
            if (counts.get(v.stripTrailingZeros()) > 1 && !tied.contains(text)) {
                tied.add(text);
            }
        }
        return tied.isEmpty() ? null : "并列：" + String.join("、", tied);
    }
}
