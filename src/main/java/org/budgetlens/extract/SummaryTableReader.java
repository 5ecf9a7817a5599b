package org.budgetlens.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two-sided tables (收入支出总表, 财政拨款收入支出总表) and one-sided labelled tables (政府采购支出表): each
 * label cell names a line, and the amounts to its right, up to the next label, are that line's measures.
 */
final class SummaryTableReader {

    private static final Pattern LEADING_CODE = Pattern.compile("^(2\\d{2})(\\D.*)$");

    private SummaryTableReader() {
    }

    static TableOutput read(TableBlock block, FunctionCodes functionCodes) {
        TableOutput out = new TableOutput();
        List<String> headers = Columns.aligned(block, h -> Measures.roles(block.tableId(), h));
        List<String> roles = Measures.roles(block.tableId(), headers);
        boolean procurement = block.tableId().equals("procurement");
        List<TableBlock.Row> rows = procurement ? block.rows() : joinWrappedLabels(block.rows(), functionCodes);
        String parent = "";
        String parentOut = ""; // the same on the expenditure side: 年末财政拨款结转和结余, then its three parts
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TableBlock.Row row : rows) {
            int side = -1;
            String line = null;
            String name = "";
            for (int c = 0; c < roles.size(); c++) {
                String role = roles.get(c);
                String raw = row.cell(c);
                boolean label = isLabelColumn(role, procurement) || role == null && !Numbers.blank(raw)
                        && Numbers.cell(raw) == null;
                if (label && Numbers.blank(raw) && side >= 1 && line != null && MERGED_ACROSS.contains(line)) {
                    // rule label-merged-across: a total's label spanning the next label column (当年支出小计 over
                    // 功能分类 and 支出用途); any other label keeps to its own column
                    side++;
                    continue;
                }
                if (label) {
                    side++;
                    name = Numbers.compact(raw);
                    line = name.isEmpty() ? null : resolve(block.tableId(), side, name, side == 0 ? parent
                            : parentOut, functionCodes, procurement, seen);
                    if (line != null) {
                        seen.add(line);
                    }
                    if (side == 0 && line != null) {
                        parent = line.startsWith("carryover_begin") ? "carryover_begin" : "";
                    } else if (side >= 1 && line != null) {
                        parentOut = line.startsWith("carryover_end") ? "carryover_end" : "";
                    }
                    if (line == null && !name.isEmpty() && hasAmountAfter(row, roles, c)) {
                        out.unused(row, name, "row label not recognised");
                    }
                    continue;
                }
                if (Measures.LINE_NO.equals(role) || Numbers.blank(raw)) {
                    continue;
                }
                String value = Numbers.cell(raw);
                String across = procurement && value != null && TOTAL_ROW.matcher(name).matches()
                        ? procurementColumn(headers.get(c)) : null;
                if (across != null) {
                    // laid out across (采购项目 | 合计 | 货物 | 工程 | 服务): the 合计 row's cells are the lines
                    out.cell(block, across, headers.get(c), "", "total", value, row.line());
                } else if (value == null || role == null || role.startsWith("#")) {
                    out.unused(row, raw, "cell not under an amount column");
                } else if (line != null) {
                    out.cell(block, line, name, "", role, value, row.line());
                }
            }
        }
        return out;
    }

    private static final Pattern TOTAL_ROW = Pattern.compile("(合计|总计)");
    /** The lines whose label a summary merges across both expenditure label columns (江苏: 当年支出小计, 支出合计). */
    private static final java.util.Set<String> MERGED_ACROSS = java.util.Set.of("expenditure_total",
            "expenditure_grand_total", "carryover_end");

    /**
     * Rule wrapped-label: a label the table's column does not recognise ("八、社会保障和就"), followed by a row that
     * holds nothing but the rest of it in the same column ("业支出", often at the top of the next page), is one
     * label — joined only when the joined words are a label or 类 the vocabulary knows.
     */
    static List<TableBlock.Row> joinWrappedLabels(List<TableBlock.Row> rows, FunctionCodes codes) {
        List<TableBlock.Row> out = new java.util.ArrayList<>(rows);
        for (int r = 0; r + 1 < out.size(); r++) {
            TableBlock.Row next = out.get(r + 1);
            int only = onlyTextCell(next);
            if (only < 0) {
                continue;
            }
            String head = Numbers.compact(out.get(r).cell(only));
            String joined = head + Numbers.compact(next.cell(only));
            if (head.isEmpty() || known(head, codes) || !known(joined, codes)) {
                continue;
            }
            List<String> cells = new java.util.ArrayList<>(out.get(r).cells());
            cells.set(only, joined);
            out.set(r, new TableBlock.Row(out.get(r).line(), List.copyOf(cells)));
            out.remove(r + 1);
        }
        return out;
    }

    private static int onlyTextCell(TableBlock.Row row) {
        int only = -1;
        for (int c = 0; c < row.cells().size(); c++) {
            if (Numbers.blank(row.cell(c))) {
                continue;
            }
            if (only >= 0 || Numbers.cell(row.cell(c)) != null) {
                return -1;
            }
            only = c;
        }
        return only;
    }

    private static boolean known(String label, FunctionCodes codes) {
        String cleaned = Labels.clean(label);
        return Labels.find(Labels.INCOME_SIDE, label).isPresent() || Labels.find(Labels.EXPENDITURE_SIDE, label)
                .isPresent() || codes.code("", cleaned).isPresent();
    }

    /** The procurement line a column header names (合计 is the total), or null. */
    private static String procurementColumn(String header) {
        String h = Labels.clean(header);
        return h.matches(".*(合计|总计|总额)") ? "total" : Labels.find(Labels.PROCUREMENT, h).orElse(null);
    }

    private static boolean hasAmountAfter(TableBlock.Row row, List<String> roles, int c) {
        for (int k = c + 1; k < roles.size(); k++) {
            if (Measures.LABEL.equals(roles.get(k))) {
                return false;
            }
            if (roles.get(k) != null && !roles.get(k).startsWith("#") && Numbers.cell(row.cell(k)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A column of labels: 项目 / 功能分类 columns, and in the two-sided summaries also a column headed 名称 or 项目名称
     * (Jiangsu: 项目名称 | 金额 | 功能科目名称 | 金额 | 项目名称 | 金额).
     */
    private static boolean isLabelColumn(String role, boolean procurement) {
        return Measures.LABEL.equals(role)
                || !procurement && (Measures.NAME.equals(role) || Measures.PROJECT.equals(role));
    }

    private static String resolve(String tableId, int side, String label, String parent, FunctionCodes codes,
            boolean procurement, java.util.Set<String> seen) {
        if (procurement) {
            return Labels.find(Labels.PROCUREMENT, label).orElse(null);
        }
        String cleaned0 = Labels.clean(label);
        if (side == 0 && Labels.INCOME_SUM.matcher(cleaned0).matches()) {
            return seen.contains("income_total") ? "income_grand_total" : "income_total";
        }
        if (side >= 1 && Labels.EXPENDITURE_SUM.matcher(cleaned0).matches()) {
            return seen.contains("expenditure_total") ? "expenditure_grand_total" : "expenditure_total";
        }
        if (side == 0) {
            Optional<String> line = Labels.find(Labels.INCOME_SIDE, label);
            if (line.isPresent() && tableId.equals("fiscal_summary") && parent.equals("carryover_begin")
                    && List.of("gpb", "gov_fund", "soe").contains(line.get())) {
                return "carryover_begin_" + line.get();
            }
            return line.orElse(null);
        }
        Optional<String> named = Labels.find(Labels.EXPENDITURE_SIDE, label);
        if (named.isPresent()) {
            return named.get();
        }
        Optional<String> fund = Labels.find(Labels.INCOME_SIDE, label);
        if (fund.isPresent() && tableId.equals("fiscal_summary") && parent.equals("carryover_end")
                && List.of("gpb", "gov_fund", "soe").contains(fund.get())) {
            return "carryover_end_" + fund.get(); // 一般公共预算财政拨款 under 年末财政拨款结转和结余
        }
        String cleaned = Labels.clean(label);
        Matcher m = LEADING_CODE.matcher(cleaned);
        if (m.matches()) {
            return m.group(1);
        }
        return codes.code("", cleaned).orElse(null);
    }
}
