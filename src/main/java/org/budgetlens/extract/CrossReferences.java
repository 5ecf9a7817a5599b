package org.budgetlens.extract;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 绩效 text that refers to a figure stated elsewhere in the document, in words of its own: "城乡医疗救助（100万元）"
 * in a 偏差原因 for the project 城乡医疗救助 whose 预算金额 is 100.00万元, "居民参保缴费率达到99.96%" in 基本情况 for
 * the indicator 居民参保率 whose 本次评价 is 99.96%. No phrase of the catalogue places such a number, so it is read
 * only when the rest of the document corroborates it: exactly one 绩效 figure (indicator, project funds) has the same
 * value and unit, and its name shares at least two pairs of characters with the clause of the number (pairs like
 * 项目, 资金, 支出 that every name has do not count). The number is then a second statement of that figure, cited at
 * its own line; it never adds a value the document does not already give. Everything else stays in the report.
 */
final class CrossReferences {

    /** A number no phrase placed: its line, value, unit, the clause around it, and its entry in the report. */
    record Mention(int line, String value, String unit, String clause, String section, Unused reported) {
    }

    private static final Set<String> TABLES = Set.of("perf_dept", "perf_project");
    /** Character pairs every 绩效 name has: they say nothing about which figure a clause is about. */
    private static final Set<String> COMMON = Set.of("项目", "资金", "经费", "支出", "预算", "金额", "完成", "实际",
            "指标", "年度", "全年", "执行", "本年", "情况", "工作", "开展", "达到", "部门", "单位", "万元", "数量",
            "人数", "比例", "效益", "目标", "绩效", "整体", "评价", "自评");
    private static final int SHARED_PAIRS = 2;

    private CrossReferences() {
    }

    /** Books every mention the document corroborates; its report entry is replaced by the figure. */
    static void resolve(List<Mention> mentions, List<Figure> figures, List<Unused> unused) {
        if (mentions.isEmpty()) {
            return;
        }
        Map<String, List<Figure>> byValue = new java.util.HashMap<>();
        for (Figure f : figures) {
            if (TABLES.contains(f.tableId()) && !f.isTable() && !f.value().isEmpty()) {
                byValue.computeIfAbsent(valueKey(f.value(), f.unit()), k -> new java.util.ArrayList<>()).add(f);
            }
        }
        for (Mention m : mentions) {
            Figure known = corroborating(m, byValue.getOrDefault(valueKey(m.value(), m.unit()), List.of()));
            if (known == null) {
                continue;
            }
            Figure restated = new Figure(known.tableId(), known.lineCode(), known.lineName(), known.detail(),
                    known.measure(), known.stat(), known.base(), m.value(), m.unit(), "narrative", m.section(),
                    m.line(), "the figure stated at line " + known.sourceLine() + " (" + shortName(known)
                            + "), named here as " + m.clause());
            figures.add(restated);
            byValue.computeIfAbsent(valueKey(m.value(), m.unit()), k -> new java.util.ArrayList<>()).add(restated);
            unused.removeIf(u -> u == m.reported());
        }
    }

    /** A value and its unit, the same for 100 and 100.00. */
    private static String valueKey(String value, String unit) {
        return Numbers.decimal(value).stripTrailingZeros().toPlainString() + unit;
    }

    /**
     * The one figure of the document the mention restates, or null when there is none or more than one.
     * @param sameValue the 绩效 figures with the mention's value and unit
     */
    private static Figure corroborating(Mention m, List<Figure> sameValue) {
        BigDecimal value = Numbers.decimal(m.value());
        if (value.signum() == 0) {
            return null; // 0 agrees with too much to corroborate anything
        }
        Map<String, Figure> matches = new LinkedHashMap<>();
        for (Figure f : sameValue) {
            if (sharedPairs(m.clause(), f.lineName() + "|" + f.detail()) >= SHARED_PAIRS) {
                matches.putIfAbsent(String.join("|", f.tableId(), f.lineCode(), f.detail(), f.measure(), f.stat()), f);
            }
        }
        return matches.size() == 1 ? matches.values().iterator().next() : null;
    }

    /** How many distinct pairs of adjacent Chinese characters of the name, but the common ones, the clause has. */
    static int sharedPairs(String clause, String name) {
        int shared = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i + 1 < name.length(); i++) {
            String pair = name.substring(i, i + 2);
            if (isHan(pair.charAt(0)) && isHan(pair.charAt(1)) && !COMMON.contains(pair) && seen.add(pair)
                    && clause.contains(pair)) {
                shared++;
            }
        }
        return shared;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String shortName(Figure f) {
        return f.detail().isEmpty() || f.detail().equals(f.lineName()) ? f.lineName()
                : f.lineName() + ", " + f.detail();
    }
}
