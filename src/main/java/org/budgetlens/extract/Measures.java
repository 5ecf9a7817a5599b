package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column headers to measures, per canonical table (docs/normalized-format.md, "Measures"). Keys are searched in
 * order in the column's header text; the first that occurs wins, so specific keys come before general ones.
 * Roles that are not measures start with '#': the code column(s), the name, the project name, the line number.
 */
final class Measures {

    static final String CODE = "#code";
    static final String CLASS = "#class";
    static final String ITEM = "#item";
    static final String SUB = "#sub";
    static final String NAME = "#name";
    static final String PROJECT = "#project";
    static final String LINE_NO = "#lineno";
    static final String LABEL = "#label";

    private static final Map<String, Map<String, String>> BY_TABLE = new LinkedHashMap<>();

    static {
        put("income", "本年收入合计", "total", "一般公共预算", "gpb", "政府性基金", "gov_fund", "国有", "soe",
                "财政拨款", "fiscal", "财政专户", "special_account", "上级补助", "superior", "经营收入", "operating",
                "事业收入", "business", "附属单位", "affiliated", "其他", "other", "总计", "total", "合计", "total");
        put("expenditure", "基本支出", "basic", "项目支出", "project", "单位预留机动经费", "reserve", "上缴上级", "to_superior", "经营支出",
                "operating", "对附属单位", "to_affiliated", "年初预算", "budget_initial", "合计", "total", "小计", "total",
                "总计", "total");
        put("gpb_expenditure", "基本支出", "basic", "项目支出", "project", "年初预算", "budget_initial", "全年预算",
                "budget_full_year", "合计", "total", "小计", "total", "总计", "total", "决算数", "total", "金额", "total",
                "预算数", "total");
        put("gpb_basic", "人员经费", "personnel", "公用经费", "public", "合计", "total", "金额", "total",
                "决算数", "total", "预算数", "total");
        put("gpb_project", "项目支出合计", "total", "工资福利", "e301", "商品和服务", "e302", "对个人和家庭", "e303",
                "债务利息", "e307", "资本性支出(基本建设)", "e309", "资本性支出", "e310", "对企业补助(基本建设)", "e311",
                "对企业补助", "e312", "社会保障基金", "e313", "其他支出", "e399", "合计", "total");
        put("gov_fund", "年初结转", "carryover_begin", "年末结转", "carryover_end", "本年收入", "income", "基本支出",
                "basic", "项目支出", "project", "小计", "total", "合计", "total");
        BY_TABLE.put("soe_capital", BY_TABLE.get("gov_fund"));
        // 财政拨款 by function and by economic class (Jiangsu): the columns of their 一般公共预算 counterparts
        BY_TABLE.put("fiscal_expenditure", BY_TABLE.get("gpb_expenditure"));
        BY_TABLE.put("fiscal_basic", BY_TABLE.get("gpb_basic"));
        put("admin_running", "年初预算", "budget_initial", "决算数", "total", "合计", "total", "金额", "total",
                "预算数", "total");
        put("summary", "金额", "total", "预算数", "total", "决算数", "total", "合计", "total", "本年预算", "total",
                "本年决算", "total");
        put("fiscal_summary", "一般公共预算", "gpb", "政府性基金", "gov_fund", "国有资本", "soe", "合计", "total",
                "小计", "total",
                "金额", "total", "预算数", "total", "决算数", "total");
        put("procurement", "金额", "total", "合计", "total", "预算数", "total");
    }

    private Measures() {
    }

    private static void put(String table, String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        BY_TABLE.put(table, m);
    }

    /** The summaries, whose measures are the line's amount only (total, budget_initial, budget_full_year). */
    private static final Set<String> TWO_SIDED = Set.of("summary");
    /** Column words that name a part of a line's spending, never its total. */
    private static final Pattern PART_OF_SPENDING = Pattern.compile("基本支出|项目支出|人员经费|公用经费");

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern COMPARISON = Pattern.compile("比|增减|增长|变动|差额");

    /** Appended to a role: the column is the previous year's (stat {@code prior}). */
    static final String PRIOR = "|prior";

    /**
     * The roles of a table's columns, {@link #role} each, but for the columns of another year than the table's
     * (see {@link #years}): the previous year's column of a measure the table also gives for its own year is that
     * measure with {@link #PRIOR}; other years and comparisons are not understood (null, reported).
     */
    static List<String> roles(String tableId, List<String> headers) {
        String[] years = years(headers);
        List<String> roles = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            String role = years[c].equals("other") ? null : role(tableId, withoutYear(headers.get(c)));
            roles.add(role != null && years[c].equals("prior") && !role.startsWith("#") ? role + PRIOR : role);
        }
        return roles;
    }

    /**
     * Per column: "" (the table's year, or no year named), "prior" or "other". When headers name years
     * (2023年预算数 | 2024年预算数 in a 2024 预算) the latest is the table's; a column of the year before is "prior"
     * when the same header without its year stands for the table's year too; any other year, and a comparison of
     * two years (2024年比2023年增减), is "other".
     */
    static String[] years(List<String> headers) {
        int latest = 0;
        for (String h : headers) {
            Matcher m = YEAR.matcher(h);
            while (m.find()) {
                latest = Math.max(latest, Integer.parseInt(m.group(1)));
            }
        }
        Set<String> current = new HashSet<>();
        String[] years = new String[headers.size()];
        Arrays.fill(years, "");
        for (int c = 0; c < headers.size() && latest > 0; c++) {
            String h = headers.get(c);
            List<Integer> named = new ArrayList<>();
            Matcher m = YEAR.matcher(h);
            while (m.find()) {
                named.add(Integer.parseInt(m.group(1)));
            }
            if (named.size() > 1 || named.size() == 1 && COMPARISON.matcher(h).find()) {
                years[c] = "other";
            } else if (named.size() == 1 && named.get(0) == latest - 1) {
                years[c] = "prior";
            } else if (named.size() == 1 && named.get(0) < latest) {
                years[c] = "other";
            } else if (named.size() == 1) {
                current.add(withoutYear(h));
            }
        }
        for (int c = 0; c < headers.size(); c++) {
            if (years[c].equals("prior") && !current.contains(withoutYear(headers.get(c)))) {
                years[c] = "other";
            }
        }
        return years;
    }

    static String withoutYear(String header) {
        return YEAR.matcher(header).replaceAll("").replaceFirst("^度", "");
    }

    /** The role of a column: a measure, one of the '#' roles, or null (a column not understood). */
    static String role(String tableId, String header) {
        String h = header;
        if (h.contains("行次") || h.equals("栏次")) {
            return LINE_NO;
        }
        if (h.contains("项目名称")) {
            return PROJECT;
        }
        boolean codeHeader = h.contains("编码") || h.contains("代码");
        // "类" under "项目" or "科目" (项目 | | | 科目名称 over 类 | 款 | 项 | …) is still the 类 column
        if (codeHeader || h.matches("(项目|科目)?[类款项]")) {
            if (h.endsWith("类")) {
                return CLASS;
            }
            if (h.endsWith("款")) {
                return ITEM;
            }
            if (h.endsWith("项")) {
                return SUB;
            }
            if (!h.contains("名称")) {
                return CODE;
            }
        }
        if (h.contains("名称") || h.endsWith("科目")) {
            return NAME;
        }
        if (h.endsWith("项目") || h.endsWith("功能分类") || h.endsWith("支出信息")) {
            return LABEL;
        }
        Map<String, String> keys = BY_TABLE.get(tableId);
        if (keys == null) {
            return null;
        }
        if (TWO_SIDED.contains(tableId) && PART_OF_SPENDING.matcher(h).find()) {
            return null; // 预算数 over 基本支出 / 人员经费 in a summary: a part, not the line's amount (reported)
        }
        if ((tableId.equals("gpb_basic") || tableId.equals("fiscal_basic")) && h.matches(".+(决算数|预算数|金额)")) {
            return "total"; // 人员经费 over code | name | 决算数: a group's label, the amount is each row's total
        }
        for (Map.Entry<String, String> e : keys.entrySet()) {
            if (h.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
