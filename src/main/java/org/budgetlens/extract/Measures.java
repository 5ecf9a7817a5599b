package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * Column headers to measures, per canonical table (docs/normalized-format.md, "Measures"). The words are data:
 * {@code extract/vocabulary/column_headers.csv}, one row per table and word, each table and measure checked against
 * the catalogue when the class loads ({@link Vocabulary}). A table's words are searched in the file's order in the
 * column's header text; the first that occurs wins, so the file keeps specific words before general ones
 * (资本性支出(基本建设) before 资本性支出, 合计 last). Tables that read their columns as another does (soe_capital as
 * gov_fund, Jiangsu's fiscal_expenditure and fiscal_basic as gpb_expenditure and gpb_basic) have their own rows.
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

    /** The vocabulary file: table_id, family, word, measure (extract/vocabulary/). */
    static final String RESOURCE = "column_headers.csv";
    private static final Map<String, Map<String, String>> BY_TABLE = load();

    private Measures() {
    }

    /** Per table, its header words in the file's order (the first found in a header wins). */
    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> byTable = new LinkedHashMap<>();
        for (CSVRecord r : Vocabulary.read(RESOURCE)) {
            byTable.computeIfAbsent(r.get("table_id"), t -> new LinkedHashMap<>()).put(r.get("word"), r.get("measure"));
        }
        byTable.replaceAll((t, words) -> Collections.unmodifiableMap(words));
        return Collections.unmodifiableMap(byTable);
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
