package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The phrase catalogue of the narrative: per topic (the section a sentence is in), the subjects a figure can be
 * about, as a pattern on the words before the number and the line(s) and default measure they stand for. The
 * reader ({@link NarrativeReader}) adds what the words next to the number say: 占 (share), 比上年增加/减少 (change),
 * 增长/下降 % (change in percent), 年初预算/全年预算/决算数 (measure), 完成年初预算的 / 差异率 (rates).
 */
final class Phrases {

    /** A subject: pattern on the text before a number, the table, line code(s) and default measure. */
    record Subject(String topic, Pattern pattern, String tableId, List<String> lines, String measure) {
    }

    /** Topics by keywords of a section heading, first match wins. */
    static final List<String[]> TOPICS = List.of(
            new String[] {"三公|因公出国|公务用车|公务接待", "three_public"},
            new String[] {"机关运行经费", "admin_running"},
            new String[] {"政府采购", "procurement"},
            new String[] {"国有资产|固定资产", "assets"},
            new String[] {"绩效", "perf"},
            new String[] {"机构设置|人员|编制数|编制人数|实有人数|实有人员|内设|单位构成|编制范围", "org"},
            new String[] {"基本支出", "gpb_basic"},
            new String[] {"项目支出情况", "gpb_project"},
            new String[] {"政府性基金", "gov_fund"},
            new String[] {"国有资本经营", "soe_capital"},
            new String[] {"一般公共预算", "gpb_expenditure"},
            // a 预算's overall paragraph: "收入预算16497.86万元，其中：财政拨款收入…" (a figure right after the words)
            new String[] {"(收入|支出)预算(总计|总额)?\\d", "summary"},
            new String[] {"财政拨款收", "fiscal_summary"},
            new String[] {"收入支出决算总体|收支预算情况的总体|收支总|收支(预算|决算)总体", "summary"},
            new String[] {"收入", "income"},
            new String[] {"支出", "expenditure"},
            // "“一般公共服务支出（类）统计信息事务（款）统计管理（项）”2.63万元": an item of the function classification
            new String[] {"[(（]类[)）].{0,40}[(（]款[)）].{0,40}[(（]项[)）]", "gpb_expenditure"});

    static final List<Subject> ALL = new ArrayList<>();
    /** The last character of an agency's name (办事处, 财政局, 福利院, 委员会 …), right before 收入预算 / 支出预算. */
    private static final String AGENCY_END = "[处局厅院会室委所心队站]";

    static {
        s("summary", "收入、?支出总计|收、?支(预算)?总计|收入、?支出预算总计|收入支出总体|收支总预算", "summary", "total",
                "income_grand_total",
                "expenditure_grand_total");
        s("summary", "收入总计", "summary", "total", "income_grand_total");
        // 收入合计 / 支出合计 / 收支: after 本年, after a year, or opening a clause (not 其他收入合计, 经营收支 …)
        s("summary", "(?:本年|(?<=年)|(?<=年度)|(?<!\\p{IsHan}))收入合计", "summary", "total", "income_total");
        s("summary", "使用非财政拨款结余(\\(含专用结余\\))?", "summary", "total", "use_nonfiscal_balance");
        s("summary", "年初结转和结余", "summary", "total", "carryover_begin");
        s("summary", "支出总计", "summary", "total", "expenditure_grand_total");
        s("summary", "(?:本年|(?<=年)|(?<=年度)|(?<!\\p{IsHan}))支出合计", "summary", "total", "expenditure_total");
        s("summary", "(?:(?<=年)|(?<=年度)|(?<!\\p{IsHan}))收支(?=较上年|比上年|与上年)", "summary", "total",
                "income_grand_total",
                "expenditure_grand_total");
        s("summary", "结余分配", "summary", "total", "balance_distribution");
        // the 预算 template's 收支预算总体情况: "收入预算总额4624.90万元，支出预算总额4624.90万元"
        // also right after the agency's name: "万里街道办事处收入预算16497.86万元"
        s("summary", "收入预算总额|收入总预算|(?:(?<=年)|(?<=年度)|(?<=" + AGENCY_END + ")|(?<!\\p{IsHan}))收入预算",
                "summary", "total", "income_grand_total");
        s("summary", "支出预算总额|支出总预算|(?:(?<=年)|(?<=年度)|(?<=" + AGENCY_END + ")|(?<!\\p{IsHan}))支出预算",
                "summary", "total", "expenditure_grand_total");
        // "其中：财政拨款支出预算16497.86万元" in a 预算's overall paragraph: the 财政拨款 total of the fiscal summary
        s("summary", "财政拨款支出(预算)?(总计|合计)?", "fiscal_summary", "total", "expenditure_total");
        // the parts of that paragraph: the funds' spending (not their income lines) and the other incomes
        s("summary", "一般公共预算(财政)?拨款支出(预算)?", "gpb_expenditure", "total", "total");
        s("summary", "政府性基金(预算)?(财政)?拨款支出(预算)?", "gov_fund", "total", "total");
        s("summary", "一般公共预算收入(预算)?", "summary", "total", "gpb");
        s("summary", "事业收入", "summary", "total", "business");
        s("summary", "(事业单位)?经营收入", "summary", "total", "operating");
        s("summary", "(?<!\\p{IsHan})其他收入", "summary", "total", "other");
        s("summary", "年末结转和结余", "summary", "total", "carryover_end");
        s("summary", "财政拨款收入(预算)?(总计|合计)?", "summary", "total", "fiscal");
        s("summary", "财政专户管理资金(收入)?(预算)?(总计|合计)?", "summary", "total", "special_account");
        s("summary", "其他资金(收入)?(预算)?(总计|合计)?", "summary", "total", "other");
        s("summary", "一般公共预算安排|一般公共预算(财政)?拨款(收入)?", "summary", "total", "gpb");
        s("summary", "政府性基金预算(财政)?拨款(收入)?", "summary", "total", "gov_fund");

        s("income", "本年收入(合计)?|收入预算", "income", "total", "total");
        s("income", "(?:(?<=年)|(?<=年度)|(?<!\\p{IsHan}))收入合计", "income", "total", "total");
        // "财政拨款收入预算总计20702.25万元" (a 预算's parts of its income): not the income's 总计
        s("income", "财政拨款收入(预算)?(总计|合计)?", "income", "fiscal", "total");
        s("income", "财政专户管理资金(收入)?(预算)?(总计|合计)?", "income", "special_account", "total");
        // 江苏: the third source, 其他资金 (事业收入, 经营收入, 其他收入 together), as on the summary table
        s("income", "其他资金(收入)?(预算)?(总计|合计)?", "income", "other", "total");
        s("income", "一般公共预算", "income", "gpb", "total");
        s("income", "政府性基金预算(财政拨款)?(收入)?", "income", "gov_fund", "total");
        s("income", "国有资本经营预算(财政拨款)?(收入)?", "income", "soe", "total");
        s("income", "上级补助收入", "income", "superior", "total");
        s("income", "事业收入", "income", "business", "total");
        // 等业收入: 经营收入 as a PDF conversion misreads it (经营 → 等业); the word means nothing else
        s("income", "(事业单位)?(经营|等业)收入", "income", "operating", "total");
        s("income", "附属单位上缴收入", "income", "affiliated", "total");
        s("income", "其他收入", "income", "other", "total");

        s("expenditure", "本年支出(合计)?|支出预算", "expenditure", "total", "total");
        s("expenditure", "(?:(?<=年)|(?<=年度)|(?<!\\p{IsHan}))支出合计", "expenditure", "total", "total");
        s("expenditure", "基本支出", "expenditure", "basic", "total");
        s("expenditure", "项目支出", "expenditure", "project", "total");
        s("expenditure", "上缴上级支出", "expenditure", "to_superior", "total");
        s("expenditure", "经营支出", "expenditure", "operating", "total");
        s("expenditure", "对附属单位补助支出", "expenditure", "to_affiliated", "total");

        s("fiscal_summary", "财政拨款收入、?支出(预算)?总计|财政拨款收、?支(预算)?总计|财政拨款收入支出总体|财政拨款收支总预算",
                "fiscal_summary", "total",
                "income_grand_total", "expenditure_grand_total");
        s("fiscal_summary", "财政拨款收入总计", "fiscal_summary", "total", "income_grand_total");
        s("fiscal_summary", "年初财政拨款结转和结余", "fiscal_summary", "total", "carryover_begin");
        s("fiscal_summary", "本年财政拨款收入", "fiscal_summary", "total", "income_total");
        s("fiscal_summary", "财政拨款支出总计|(?<!\\p{IsHan})支出总计", "fiscal_summary", "total",
                "expenditure_grand_total");
        s("fiscal_summary", "年末财政拨款结转和结余", "fiscal_summary", "total", "carryover_end");
        s("fiscal_summary", "本年财政拨款支出|与年初预算相比", "fiscal_summary", "total", "expenditure_total");
        s("fiscal_summary", "一般公共预算拨款", "fiscal_summary", "total", "gpb");

        s("gpb_expenditure", "一般公共预算财政拨款支出|与年初预算相比", "gpb_expenditure", "total", "total");
        // the 预算 template's "一般公共预算当年拨款情况说明": 2022年一般公共预算当年拨款4624.90万元
        s("gpb_expenditure", "一般公共预算(当年)?拨款(支出)?(预算)?", "gpb_expenditure", "total", "total");
        s("gpb_expenditure", "基本支出", "gpb_expenditure", "basic", "total");
        s("gpb_expenditure", "项目支出", "gpb_expenditure", "project", "total");

        s("gpb_basic", "基本支出", "gpb_basic", "total", "total");
        s("gpb_basic", "人员经费", "gpb_basic", "personnel", "total");
        s("gpb_basic", "公用经费", "gpb_basic", "public", "total");
        // The economic classes (类) of basic expenditure, as a 预算 narrative lists them after 其中.
        // 项目支出 named in a basic-expenditure section books nothing; the 类 listed after it are not basic's.
        s("gpb_basic", "项目支出", "gpb_basic", "", "project_named");
        s("gpb_basic", "工资福利支出", "gpb_basic", "total", "301");
        s("gpb_basic", "商品和服务支出", "gpb_basic", "total", "302");
        s("gpb_basic", "对个人和家庭的?补助(支出)?", "gpb_basic", "total", "303");

        s("gov_fund", "政府性基金预算(财政拨款)?收入", "gov_fund", "income", "total");
        s("gov_fund", "政府性基金预算(财政)?(拨款)?支出", "gov_fund", "total", "total");
        // "政府性基金预算财政拨款收入35.00万元，支出35.00万元": 收入 / 支出 opening a clause of the section
        s("gov_fund", "(?<!\\p{IsHan})收入", "gov_fund", "income", "total");
        s("gov_fund", "(?<!\\p{IsHan})支出", "gov_fund", "total", "total");
        s("soe_capital", "国有资本经营预算(财政拨款)?收入", "soe_capital", "income", "total");
        s("soe_capital", "国有资本经营预算(财政)?(拨款)?支出", "soe_capital", "total", "total");
        s("soe_capital", "(?<!\\p{IsHan})收入", "soe_capital", "income", "total");
        s("soe_capital", "(?<!\\p{IsHan})支出", "soe_capital", "total", "total");

        s("three_public", "\"三公\"经费", "three_public", "total", "total");
        s("three_public", "因公出国(\\(境\\))?(费用|费|经费|支出)?", "three_public", "total", "abroad");
        s("three_public", "(公务用?|公)车(购置)?及运行(维护)?费", "three_public", "total", "vehicles");
        s("three_public", "公务用?车购置(费|支出)?", "three_public", "total", "vehicle_purchase");
        s("three_public", "公务用?车运行(维护)?费", "three_public", "total", "vehicle_running");
        s("three_public", "(国内)?公务接待费?", "three_public", "total", "reception");
        s("three_public", "固定资产车辆", "three_public", "", "vehicles");
        s("three_public", "公务用?车保有量", "three_public", "count", "vehicles");

        s("admin_running", "机关运行经费", "admin_running", "total", "total");

        s("procurement", "政府采购(支出)?(总额|金额)|政府采购预算|(?<!\\p{IsHan})采购(总)?金额", "procurement", "total",
                "total");
        // "货物12.40万元，服务84.00万元" after 其中 in a procurement sentence: the words open their clause
        s("procurement", "政府采购货物(支出|预算)|货物(类)?采购(支出|预算)?|(?<!\\p{IsHan})货物(类)?", "procurement",
                "total", "goods");
        s("procurement", "政府采购工程(支出|预算)|工程(类)?采购(支出|预算)?|(?<!\\p{IsHan})工程(类)?", "procurement",
                "total", "works");
        s("procurement", "政府采购服务(支出|预算)|服务(类)?采购(支出|预算)?|(?<!\\p{IsHan})服务(类)?", "procurement",
                "total", "services");
        s("procurement", "(授予|面向)中小企业[^,;]*", "procurement", "total", "sme");
        s("procurement", "(授予|面向)小微企业[^,;]*", "procurement", "total", "small_micro");

        s("assets", "房屋", "assets", "", "buildings");
        s("assets", "车辆|(?<!一般)公务用车", "assets", "", "vehicles");
        s("assets", "一般公务用车", "assets", "", "vehicles_general");
        s("assets", "副部\\(省\\)级及以上领导用车", "assets", "", "vehicles_leader");
        s("assets", "主要负责人用车", "assets", "", "vehicles_head");
        s("assets", "机要通信用车", "assets", "", "vehicles_confidential");
        s("assets", "应急保障用车", "assets", "", "vehicles_emergency");
        s("assets", "执法执勤用车", "assets", "", "vehicles_enforcement");
        s("assets", "特种专业技术用车", "assets", "", "vehicles_special");
        s("assets", "离退休干部服务用车", "assets", "", "vehicles_retiree");
        s("assets", "其他(用车|车辆)", "assets", "", "vehicles_other");
        s("assets", "(单价|单位价值)百百百万元.*设备.*", "assets", "count", "equipment_100w");
        s("assets", "(单价|单位价值)五五万元.*设备.*", "assets", "count", "equipment_50w");
        s("assets", "办公家具", "assets", "value", "furniture");
        s("assets", "其他资产", "assets", "value", "other_assets");

        s("org", "实有人数|实有人员", "org", "count", "staff_actual");
        s("org", "在职(人员)?", "org", "count", "staff_in_service");
        s("org", "退休(人员)?", "org", "count", "staff_retired");
        s("org", "离休(人员)?", "org", "count", "staff_retired_li");
        // 核定事业编制 (a 事业单位's authorized staff) is its 编制数; 核定行政编制 is the 行政编制 below
        s("org", "编制数|编制人数|机关行政编制|核定(事业)?编制", "org", "count", "staff_authorized");
        s("org", "(其中:?)?行政编制", "org", "count", "staff_authorized_admin");
        s("org", "机关工勤岗位控制数", "org", "count", "service_posts");
        s("org", "内设(机构|处室|科室|股室)", "org", "count", "departments");
        s("org", "行政单位", "org", "count", "admin_units");
        s("org", "事业单位", "org", "count", "institutions");
        s("org", "预算单位共计?|编制范围的(预算)?单位(共计?)?", "org", "count", "budget_units");
    }

    private Phrases() {
    }

    private static void s(String topic, String regex, String table, String measure, String... lines) {
        ALL.add(new Subject(topic, Pattern.compile(regex), table, List.of(lines), measure));
    }

    /**
     * The topic of a sentence outside any section: of the specific topics it names, the one named first
     * ("机关运行经费包括…公务用车运行维护费…" is about 机关运行经费); 一般公共预算 only when it names no other
     * ("一般公共预算财政拨款安排的"三公"经费" is about 三公); 收入 / 支出 / the funds never (they say too little).
     */
    static String topicOfSentence(String sentence) {
        String best = "";
        int bestAt = Integer.MAX_VALUE;
        String fallback = "";
        for (String[] t : TOPICS) {
            if (List.of("income", "expenditure", "gov_fund", "soe_capital").contains(t[1])) {
                continue;
            }
            java.util.regex.Matcher m = pattern(t[0]).matcher(sentence);
            if (!m.find()) {
                continue;
            }
            if (t[1].equals("gpb_expenditure")) {
                fallback = t[1];
            } else if (m.start() < bestAt) {
                best = t[1];
                bestAt = m.start();
            }
        }
        return best.isEmpty() ? fallback : best;
    }

    private static final java.util.Map<String, Pattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern pattern(String regex) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile);
    }

    /** Whether the text names the topic by one of its heading keywords. */
    static boolean names(String text, String topic) {
        for (String[] t : TOPICS) {
            if (t[1].equals(topic) && pattern(t[0]).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    static String topic(String heading) {
        for (String[] t : TOPICS) {
            if (pattern(t[0]).matcher(heading).find()) {
                return t[1];
            }
        }
        return "";
    }
}
