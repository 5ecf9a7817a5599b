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
        String parent = "";
        for (TableBlock.Row row : block.rows()) {
            int side = -1;
            String line = null;
            String name = "";
            for (int c = 0; c < roles.size(); c++) {
                String role = roles.get(c);
                String raw = row.cell(c);
                boolean label = Measures.LABEL.equals(role) || role == null && !Numbers.blank(raw)
                        && Numbers.cell(raw) == null;
                if (label) {
                    side++;
                    name = Numbers.compact(raw);
                    line = name.isEmpty() ? null : resolve(block.tableId(), side, name, parent, functionCodes,
                            procurement);
                    if (side == 0 && line != null) {
                        parent = line.startsWith("carryover_begin") ? "carryover_begin" : "";
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

    private static String resolve(String tableId, int side, String label, String parent, FunctionCodes codes,
            boolean procurement) {
        if (procurement) {
            return Labels.find(Labels.PROCUREMENT, label).orElse(null);
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
        String cleaned = Labels.clean(label);
        Matcher m = LEADING_CODE.matcher(cleaned);
        if (m.matches()) {
            return m.group(1);
        }
        return codes.code("", cleaned).orElse(null);
    }
}
