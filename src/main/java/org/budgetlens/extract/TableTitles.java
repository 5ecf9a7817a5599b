package org.budgetlens.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The titles of the standard tables, matched against the whole title line (spaces removed, the number "公开05表" or
 * "表五：" and a trailing "(2024年度)" cut off), never against the table's position or number.
 */
final class TableTitles {

    record Title(String tableId, Pattern pattern) {
    }

    private static final String UNIT = "(部门\\(单位\\)|部门|单位)?";

    static final List<Title> ALL = List.of(
            t("summary", UNIT + "(收入支出决算总?表|收支(预算)?总(体情况)?表|收支预算总表)"),
            // 收入决算表, 收入决算总表 (some 决算 templates), 部门收入总表 (the twelve-table 预算)
            t("income", UNIT + "收入(决算|预算|总体情况)?总?表"),
            t("expenditure", UNIT + "支出(决算|预算|总体情况)?总?表"),
            t("fiscal_summary", "财政拨款(收入支出(决算|预算)总?表|收支(预算)?总(体情况)?表)"),
            t("gpb_expenditure", "一般公共预算(财政拨款)?(当年拨款)?支出(决算|预算)?(情况)?表"),
            t("gpb_basic", "一般公共预算(财政拨款)?基本支出(决算|预算)?(明细)?(情况)?表"),
            t("gpb_project", "(一般公共预算(财政拨款)?)?项目支出(决算|预算)?(情况)?表"),
            t("gov_fund", "政府性基金预算(财政拨款)?(收入)?支出(决算|预算)?(情况)?表"),
            t("soe_capital", "国有资本经营预算(财政拨款)?(收入)?支出(决算|预算)?(情况)?表"),
            t("three_public", "(一般公共预算)?(财政拨款)?\"三公\"经费支出(决算|预算)?(情况)?表"),
            t("admin_running", "机关运行经费(支出)?(决算|预算)?(情况)?表"),
            t("procurement", "政府采购(支出|预算)?(情况)?表"),
            t("perf_project", "(部门预算)?项目支出绩效(自评|目标)表"),
            // a list of results, one row per project (PerfResultsReader)
            t("perf_project", "((19|20)\\d{2}年度?)?(部门)?(项目支出)?绩效自评(结果|情况)(汇总|统计|一览)?表"),
            t("perf_dept", UNIT + "整体支出绩效(目标)?(自评)?表"));

    /** 表一 … 表十九 or 表1 … 表99; a numeral, so 表五 of "表五一般公共预算…" keeps 一般. */
    private static final String TABLE_N = "表(十[一二三四五六七八九]?|[一二三四五六七八九]|\\d{1,2})";
    private static final Pattern NUMBER_PREFIX = Pattern.compile(
            "^(公开\\d{1,2}表|" + TABLE_N + "[:：]?|\\d{1,2}[、.])");
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("(公开\\d{1,2}表)$");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("\\(?(金额)?单位:?(万元|千元|亿元|元)\\)?$");
    private static final Pattern YEAR_SUFFIX = Pattern.compile("\\(\\d{4}年度?\\)$");
    private static final Pattern NUMBER_LINE = Pattern.compile("^(公开\\d{1,2}表|" + TABLE_N + ")[:：]?$");

    private static final Pattern NUMBER = Pattern.compile("公开\\d{1,2}表|" + TABLE_N);

    private TableTitles() {
    }

    private static Title t(String id, String regex) {
        return new Title(id, Pattern.compile(regex));
    }

    /** The canonical table a title line names, if any. */
    static Optional<String> match(String line) {
        if (line.indexOf('\t') >= 0 || line.length() > 60) {
            return Optional.empty();
        }
        String s = normalize(line);
        s = NUMBER_PREFIX.matcher(s).replaceFirst("");
        s = NUMBER_SUFFIX.matcher(s).replaceFirst("");
        s = YEAR_SUFFIX.matcher(s).replaceFirst("");
        s = UNIT_SUFFIX.matcher(s).replaceFirst(""); // 支出决算表（单位：万元）
        s = YEAR_SUFFIX.matcher(s).replaceFirst("");
        for (Title title : ALL) {
            if (title.pattern().matcher(s).matches()) {
                return Optional.of(title.tableId());
            }
        }
        return Optional.empty();
    }

    /** The table number written in the title line itself or on a line of its own ("公开05表", "表五："). */
    static Optional<String> number(String line) {
        String s = normalize(line);
        java.util.regex.Matcher m = NUMBER.matcher(s);
        if (NUMBER_LINE.matcher(s).matches() || (m.find() && m.start() == 0) || NUMBER_SUFFIX.matcher(s).find()) {
            m.reset();
            return m.find() ? Optional.of(m.group()) : Optional.empty();
        }
        return Optional.empty();
    }

    static boolean isNumberLine(String line) {
        return NUMBER_LINE.matcher(normalize(line)).matches();
    }

    /** Spaces removed, full-width brackets and quotes made ASCII. */
    static String normalize(String text) {
        return Numbers.compact(text).replace('（', '(').replace('）', ')').replace('“', '"').replace('”', '"')
                .replace('：', ':');
    }
}
