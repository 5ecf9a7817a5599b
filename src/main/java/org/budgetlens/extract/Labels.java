package org.budgetlens.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Row labels of the summary tables and the procurement table to named line codes (docs/normalized-format.md). */
final class Labels {

    record Label(Pattern pattern, String lineCode) {
    }

    private static final Pattern NUMBERING = Pattern.compile(
            "^(\\(?[一二三四五六七八九十]+[)、.]+|\\d+[.、]|\\(\\d+\\)|其中[:：]?)+");

    static final List<Label> INCOME_SIDE = List.of(
            l("(本年|当年)(财政拨款)?收入(合计|小计)?", "income_total"),
            // 用事业基金弥补收支差额: the older templates' name of the line
            l("使用非财政拨款结余.*|用事业基金弥补收支差额", "use_nonfiscal_balance"),
            l("(年初|上年)(财政拨款)?结转(和)?(结余)?(资金)?", "carryover_begin"),
            l("(收入)?总计", "income_grand_total"),
            l("财政拨款(\\(补助\\))?(收入)?", "fiscal"),
            l("一般公共预算(财政)?(拨款)?(收入|安排|资金)?", "gpb"),
            l("政府性基金(预算)?(财政)?(拨款)?(收入|资金)?", "gov_fund"),
            l("国有资本经营预算(财政)?(拨款)?(收入|资金)?", "soe"),
            l("财政专户.*", "special_account"),
            l("上级补助收入", "superior"),
            l("事业收入", "business"),
            l("(事业单位)?经营收入", "operating"),
            l("附属单位上缴收入", "affiliated"),
            // 其他资金 (Jiangsu: the third source after 财政拨款 and 财政专户管理资金) is the unit's other funds
            l("(单位)?其他(资金)?收入|其他资金", "other"));

    static final List<Label> EXPENDITURE_SIDE = List.of(
            l("(本年|当年)(财政拨款)?支出(合计|小计)?", "expenditure_total"),
            l("结余分配", "balance_distribution"),
            l("(年末|年终)(财政拨款)?结转(和)?结余|结转下年(资金)?", "carryover_end"),
            l("(支出)?总计", "expenditure_grand_total"),
            // the 支出用途 side of Jiangsu's summaries
            l("基本支出", "use_basic"),
            l("项目支出", "use_project"),
            l("单位预留机动经费", "use_reserve"));

    static final List<Label> PROCUREMENT = List.of(
            l("政府采购(支出|预算)?(合计|总额)", "total"),
            l("(政府采购)?货物(支出|预算)?", "goods"),
            l("(政府采购)?工程(支出|预算)?", "works"),
            l("(政府采购)?服务(支出|预算)?", "services"),
            l("(政府采购)?(授予|面向)中小企业.*", "sme"),
            l("(授予|面向)小微企业.*", "small_micro"));

    /**
     * "收入合计" / "支出合计" without 本年: the grand total when the table has a 本年/当年 subtotal line above it
     * (Jiangsu: 当年收入小计, 上年结转资金, 收入合计), otherwise the year's total ({@link SummaryTableReader}).
     */
    static final Pattern INCOME_SUM = Pattern.compile("收入合计");
    static final Pattern EXPENDITURE_SUM = Pattern.compile("支出合计");

    private Labels() {
    }

    private static Label l(String regex, String code) {
        return new Label(Pattern.compile(regex), code);
    }

    /** The label without its numbering ("一、", "(一)", "1.", "其中：") and spaces. */
    static String clean(String label) {
        return NUMBERING.matcher(TableTitles.normalize(label)).replaceFirst("");
    }

    static Optional<String> find(List<Label> labels, String label) {
        String s = clean(label);
        for (Label l : labels) {
            if (l.pattern().matcher(s).matches()) {
                return Optional.of(l.lineCode());
            }
        }
        return Optional.empty();
    }
}
