package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The funds rows of a 绩效 table. The label cell names the line; the cells after it are the amounts in the order of
 * the block's header row (年初预算数, 全年预算数, 全年执行数 in the MOF template, which is also the order assumed
 * without a header; a template without 年初预算数 has two), blank or dash for nothing, then 分值, 执行率 (a %) and 得分.
 * A 目标表 writes the amount in the label cell itself (年度资金总额: 109.1): that is the 全年预算数. The labels are
 * data, {@code extract/vocabulary/perf_fund_labels.csv}, each line checked against the catalogue when the class loads
 * ({@link Vocabulary}).
 */
final class PerfFunds {

    /** A funds label: a pattern found in the label cell, and the line it names. */
    record Label(Pattern pattern, String lineCode) {
    }

    /** The vocabulary file (extract/vocabulary/). */
    static final String RESOURCE = "perf_fund_labels.csv";
    /** The labels in the file's order: the first found in a cell wins, each line read once per table. */
    private static final List<Label> LABELS = Vocabulary.read(RESOURCE).stream()
            .map(r -> new Label(Pattern.compile(r.get("pattern")), r.get("line_code"))).toList();
    /** The MOF order of the amount columns after the label, when no header row says otherwise. */
    private static final List<String> MOF_ORDER = List.of("budget_initial", "budget_full_year", "executed");
    /** A header cell of an amount column: 年初预算数, 全年预算数 (预算数, 调整后预算数), 全年执行数 (执行数, 实际支出). */
    private static final int MAX_LABEL = 20;

    private final TableBlock block;
    private final TableOutput out;
    private final Set<String> seen = new HashSet<>();
    private String detail = "";
    private List<String> amounts = MOF_ORDER;
    /** Every column after the label, in the header's order (amounts, pct, weight, score); null without a header. */
    private List<String> columns;

    PerfFunds(TableBlock block, TableOutput out) {
        this.block = block;
        this.out = out;
        if (block.title().contains("目标表")) {
            amounts = List.of("budget_full_year"); // a 目标表 states one amount a year: 年度资金总额 | 200.00
        }
    }

    void detail(String project) {
        detail = project;
    }

    void read(TableBlock.Row row) {
        List<String> cells = row.cells();
        if (header(cells)) {
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = Numbers.compact(cells.get(i));
            if (cell.length() > MAX_LABEL) {
                continue;
            }
            for (Label label : LABELS) {
                Matcher m = label.pattern().matcher(cell);
                if (m.find() && seen.add(label.lineCode())) {
                    String rest = cell.substring(m.end()).replaceFirst("^[:：]", "");
                    String inCell = Numbers.cell(rest);
                    String name = inCell == null ? cell : cell.substring(0, cell.length() - rest.length());
                    if (inCell != null) {
                        figure(label.lineCode(), name, "budget_full_year", inCell, block.unit(), row);
                    } else {
                        amounts(label.lineCode(), cell, cells, i, row);
                    }
                    return;
                }
            }
        }
    }

    /**
     * A header row of the funds block sets the columns that follow each label, in order: the MOF 项目资金（万元） |
     * 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, a template without 年初预算数, or 四川's 年度预算数
     * （万元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分. A cell naming the unit (…（万元）) heads
     * the label column; cells it does not know are skipped. True if the row was such a header.
     */
    private boolean header(List<String> cells) {
        List<String> order = new ArrayList<>();
        List<String> amountsSeen = new ArrayList<>();
        for (String c : cells) {
            String cell = Numbers.compact(c);
            if (cell.isEmpty() || cell.length() > MAX_LABEL || cell.contains("万元")) {
                continue;
            }
            String role = PerfValue.column(cell);
            if (role == null) {
                continue;
            }
            order.add(role);
            if (!List.of("pct", "weight", "score").contains(role)) {
                amountsSeen.add(role);
            }
        }
        if (amountsSeen.size() < 2 || new HashSet<>(amountsSeen).size() != amountsSeen.size()) {
            return false;
        }
        columns = List.copyOf(order);
        amounts = List.copyOf(amountsSeen);
        return true;
    }

    private void amounts(String code, String name, List<String> cells, int label, TableBlock.Row row) {
        if (columns != null) {
            byHeader(code, name, label, row);
            return;
        }
        for (int k = 0; k < amounts.size(); k++) {
            String v = Numbers.cell(row.cell(label + 1 + k));
            if (v != null) {
                figure(code, name, amounts.get(k), v, block.unit(), row);
            }
        }
        boolean weight = false;
        boolean pct = false;
        for (int k = label + 1 + amounts.size(); k < cells.size(); k++) {
            String cell = Numbers.compact(cells.get(k));
            String next = k + 1 < cells.size() ? Numbers.compact(cells.get(k + 1)) : "";
            if (cell.endsWith(".") && next.matches("\\d+%")) {
                cell = cell + next;
                k++;
            }
            String rate = PerfValue.rate(cell);
            String score = PerfValue.score(cell);
            if (rate != null && !pct) {
                pct = true;
                out.figures.add(PerfValue.pct(block, code, name, detail, rate, row));
            } else if (score != null && !pct && !weight) {
                weight = true;
                figure(code, name, "weight", score, "分", row);
            } else if (score != null && pct) {
                figure(code, name, "score", score, "分", row);
                return;
            } else if (rate != null || score != null) {
                out.unused(row, cell, "a number after the 绩效 funds columns");
            }
        }
    }

    /** The cells after the label in the order of the header's columns; a blank, dash or slash is nothing. */
    private void byHeader(String code, String name, int label, TableBlock.Row row) {
        for (int k = 0; k < columns.size(); k++) {
            String cell = Numbers.compact(row.cell(label + 1 + k));
            String role = columns.get(k);
            if (Numbers.blank(cell) || cell.equals("/")) {
                continue;
            }
            String rate = PerfValue.rate(cell);
            String score = PerfValue.score(cell);
            String amount = Numbers.cell(cell);
            if (role.equals("pct") && rate != null) {
                out.figures.add(PerfValue.pct(block, code, name, detail, rate, row));
            } else if ((role.equals("weight") || role.equals("score")) && score != null) {
                figure(code, name, role, score, "分", row);
            } else if (!List.of("pct", "weight", "score").contains(role) && amount != null) {
                figure(code, name, role, amount, block.unit(), row);
            } else {
                out.unused(row, cell, "not a value of the 绩效 funds column " + role);
            }
        }
    }

    private void figure(String code, String name, String measure, String value, String unit, TableBlock.Row row) {
        out.figures.add(PerfValue.figure(block, code, name, detail, measure, value, unit, row));
    }
}
