package org.budgetlens.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Values of 绩效 table cells: a measured value (≥95%, =12次, 1.13万元/月), a score (10, 10.00分), a rate (100%). */
final class PerfValue {

    static final String UNITS = "万元/月|万元/人|元/人|人次|批次|万份|岗位|万元|台\\(套\\)|%|人|名|家|次|场|条|份|元|个|项|期|"
            + "篇|辆|台|套|天|月|年|万人次|万人|件|户|所|座|处|宗|起|例|册|本|张|小时|万元/公里|平方公里|公里|平方米|亩|吨|"
            + "百分比";
    private static final Pattern MEASURED = Pattern.compile(
            "^(≥|≤|>=|<=|=|＝|>|<|＞|＜)?(\\d+(?:\\.\\d+)?)(" + UNITS + ")?$");
    private static final Pattern SCORE = Pattern.compile("^(\\d+(?:\\.\\d+)?)分?$");
    private static final Pattern RATE = Pattern.compile("^(\\d+(?:\\.\\d+)?)%$");

    /** A parsed measured value: comparator (may be empty), number, unit (may be empty). */
    record Measured(String comparator, String value, String unit) {

        boolean plain() {
            return comparator.isEmpty() && unit.isEmpty();
        }
    }

    /** A header of an amount column of a 绩效 table: 年初预算数, 全年预算数 / 预算金额, 全年执行数 / 实际支出. */
    private static final Pattern AMOUNT_HEADER = Pattern.compile("年初预算|预算数|预算金额|执行数|实际支出|实际执行");

    private PerfValue() {
    }

    /**
     * The column a 绩效 header names: budget_initial (年初预算数), budget_full_year (全年预算数, 调整后预算数,
     * 预算金额), executed (全年执行数, 实际支出), pct (执行率), weight (分值, 权重), score (得分); null for another.
     */
    static String column(String header) {
        String h = Numbers.compact(header);
        if (h.contains("执行率")) {
            return "pct";
        } else if (h.contains("分值") || h.contains("权重")) {
            return "weight";
        } else if (h.contains("得分")) {
            return "score";
        } else if (!AMOUNT_HEADER.matcher(h).find()) {
            return null;
        }
        return h.contains("年初") ? "budget_initial" : h.contains("执行") || h.contains("实际") ? "executed"
                : "budget_full_year";
    }

    static Measured measured(String cell) {
        Matcher m = MEASURED.matcher(Numbers.compact(cell).replace('（', '(').replace('）', ')'));
        if (!m.matches()) {
            return null;
        }
        String unit = m.group(3) == null ? "" : m.group(3).equals("百分比") ? "%" : m.group(3);
        return new Measured(m.group(1) == null ? "" : m.group(1), m.group(2), unit);
    }

    /** A score or weight: a plain number, optionally followed by 分. */
    static String score(String cell) {
        Matcher m = SCORE.matcher(Numbers.compact(cell));
        return m.matches() ? m.group(1) : null;
    }

    static String rate(String cell) {
        Matcher m = RATE.matcher(Numbers.compact(cell));
        return m.matches() ? m.group(1) : null;
    }

    static Figure figure(TableBlock block, String lineCode, String name, String detail, String measure, String value,
            String unit, TableBlock.Row row) {
        return new Figure(block.tableId(), lineCode, name, detail, measure, "", "", value, unit, "table", "",
                row.line(), "");
    }

    static Figure pct(TableBlock block, String lineCode, String name, String detail, String value,
            TableBlock.Row row) {
        return new Figure(block.tableId(), lineCode, name, detail, "executed", "pct", lineCode + ":budget_full_year",
                value, "%", "table", "", row.line(), "");
    }
}
