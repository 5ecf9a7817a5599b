package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The phrase catalogue of 绩效 narrative (the 绩效 section of a disclosure, a 整体支出绩效自评报告): the words right
 * before a number, and what the number is. Table {@code ctx} is the one the sentence talks about (整体支出 →
 * perf_dept, 项目 → perf_project); line {@code cur} is the line a previous amount of the section named (实际支出
 * after 基本支出全年预算总额), {@code ind} the indicator whose paragraph is open (该指标预期指标值为 …); measure
 * {@code same} is the measure of the previous figure of the sentence (其中：人员经费 … after 全年预算总额).
 * A base with a colon names another table's line and measure (table:line:measure).
 * Flags: N negative (调减), C the subject becomes the current line, P only for a named project (为X项目,),
 * I only inside an indicator paragraph.
 */
final class PerfPhrases {

    /** One phrase: pattern on the text right before the number. */
    record Phrase(Pattern pattern, String table, String line, String measure, String stat, String baseMeasure,
            String flags) {

        boolean flag(char f) {
            return flags.indexOf(f) >= 0;
        }
    }

    static final List<Phrase> ALL = new ArrayList<>();

    static {
        p("该指标预期指标值为|预期指标值为|(年度)?(指标|目标)值为?", "ind", "ind", "target", "", "", "I");
        p("年中监控实际完成值为", "ind", "ind", "actual_midyear", "", "", "I");
        p("实际完成(值)?为?|完成值为?", "ind", "ind", "actual", "", "", "I");
        p("本次评价[^,;:]*为", "ind", "ind", "actual", "", "", "I");
        p("(该指标)?完成率为?", "ind", "ind", "actual", "pct", "target", "I");
        p("(该指标)?权重分值为|(指标)?分值为?|权重为?", "ind", "ind", "weight", "", "", "I");
        p("(自评)?得分为?", "ind", "ind", "score", "", "", "I");
        p("年中预算调减", "ind", "ind", "budget_adjustment", "", "", "IN");

        p("项目(绩效)?自评得分为?", "perf_project", "overall", "score", "", "", "");
        p("整体支出[^,;:。]{0,6}得分为?|(绩效)?综合(自评)?得分为?", "perf_dept", "overall", "score", "", "", "");
        p("(自评)?综合得分", "perf_dept", "overall", "score", "", "", "");

        p("基本支出年初预算数?为?", "perf_dept", "basic", "budget_initial", "", "", "C");
        p("项目支出年初预算数?为?", "perf_dept", "project", "budget_initial", "", "", "C");
        p("年初(批复)?预算数为?", "ctx", "funds_total", "budget_initial", "", "", "C");
        p("年中调减数?为?", "ctx", "funds_total", "budget_adjustment", "", "", "NC");
        p("预算调整率为?", "ctx", "funds_total", "budget_adjustment", "pct", "budget_initial", "");
        p("基本支出(全年预算(总额|数)?|调整后(的)?预算(数)?)为?", "perf_dept", "basic", "budget_full_year", "", "", "C");
        p("项目支出(全年预算(总额|数)?|调整后(的)?预算(数)?)为?", "perf_dept", "project", "budget_full_year", "", "", "C");
        p("(部门)?预算批复(数|金额)?为?|批复(的)?预算(数)?为?", "ctx", "funds_total", "budget_initial", "", "", "C");
        p("(年中)?预算调整后(为|的预算数为?)?|调整后(的)?预算(数)?为?", "ctx", "funds_total", "budget_full_year", "",
                "", "C");
        p("(年中)?(追加|调增)(预算)?(资金)?为?", "ctx", "funds_total", "budget_adjustment", "", "", "");
        p("(年中)?(预算)?调减(资金)?为?", "ctx", "funds_total", "budget_adjustment", "", "", "N");
        p("全年预算(总额|数)为?", "ctx", "funds_total", "budget_full_year", "", "", "C");
        p("项目总金额为?", "perf_dept", "project", "budget_full_year", "", "", "C");
        p("涉及[^。;:]{0,12}?(预算金额|资金|支出|拨款|金额)为?", "perf_project", "funds_total", "budget_full_year", "", "",
                "");
        p("预算金额为?", "perf_project", "funds_total", "budget_full_year", "", "", "PC");
        p("全年实际支出资金|全年预算支出金额共计|实际执行总额|全年执行数为?|(?<!\\p{IsHan})执行数为?", "ctx", "funds_total",
                "executed", "", "",
                "C");
        p("实际支出|执行金额为?|(?<!\\p{IsHan})执行(?=$)", "cur", "cur", "executed", "", "", "");
        p("基本支出预算执行率为?", "perf_dept", "basic", "executed", "pct", "budget_full_year", "");
        p("预算执行率为?|完成(年度|年初)?预算的|(?<![预算目])执行率为?", "cur", "cur", "executed", "pct",
                "budget_full_year", "");
        p("项目(预算)?执行率为?", "perf_project", "funds_total", "executed", "pct", "budget_full_year", "");
        // "共涉及资金568万元，占部门项目支出预算总额的83.85%" (the template's 绩效 paragraph of a 决算): a share of the
        // project expenditure of another table, named by its full base
        p("占一般公共预算项目支出[^,;:]{0,8}的", "perf_project", "funds_total", "same", "pct",
                "gpb_expenditure:total:project", "");
        p("占(部门)?项目支出[^,;:]{0,8}的", "perf_project", "funds_total", "same", "pct", "expenditure:total:project",
                "");
        p("基本支出为?", "perf_dept", "basic", "same", "", "", "");
        p("项目支出为?", "perf_dept", "project", "same", "", "", "");
        p("人员经费为?", "perf_dept", "personnel", "same", "", "", "");
        p("(?<!\\p{IsHan})财政拨款(资金)?为?", "ctx", "funds_fiscal", "same", "", "", "");
        p("(?<!\\p{IsHan})上年结转(资金)?为?", "ctx", "funds_carryover", "same", "", "", "");
        p("公用经费为?", "perf_dept", "public", "same", "", "", "");
    }

    private PerfPhrases() {
    }

    private static void p(String regex, String table, String line, String measure, String stat, String base,
            String flags) {
        ALL.add(new Phrase(Pattern.compile("(" + regex + "):?$"), table, line, measure, stat, base, flags));
    }
}
