package org.budgetlens.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of 绩效 self-evaluation results, one row per project (项目支出绩效自评结果汇总表: 序号 | 项目名称 | 全年预算数 |
 * 全年执行数 | 执行率 | 自评得分 | 评价等级): each row's amounts are the project's funds_total, its 自评得分 the
 * project's overall score, the project named in the detail; a 合计 row is all projects together (no detail).
 * Columns are named by their headers; a column it does not know (序号, 评价等级) is skipped.
 */
final class PerfResultsReader {

    /** Titles of such lists ("2023年度项目支出绩效自评结果汇总表"). */
    static final Pattern TITLE = Pattern.compile("绩效自评(结果|情况)(汇总|统计|一览)?表");

    private PerfResultsReader() {
    }

    static TableOutput read(TableBlock block) {
        TableOutput out = new TableOutput();
        List<String> headers = Columns.texts(block.header(), Columns.width(block));
        for (TableBlock.Row row : block.rows()) {
            String name = "";
            for (int c = 0; c < headers.size(); c++) {
                if (role(headers.get(c)).equals("name")) {
                    name = Numbers.compact(row.cell(c));
                }
            }
            boolean total = name.isEmpty() || name.matches("合计|总计");
            String detail = total ? "" : name;
            for (int c = 0; c < headers.size(); c++) {
                String role = role(headers.get(c));
                String cell = Numbers.compact(row.cell(c));
                if (role.equals("name") || role.isEmpty() || Numbers.blank(cell)) {
                    continue;
                }
                if (role.equals("pct") && PerfValue.rate(cell) != null) {
                    out.figures.add(PerfValue.pct(block, "funds_total", headers.get(c), detail, PerfValue.rate(cell),
                            row));
                } else if (role.equals("score") && PerfValue.score(cell) != null) {
                    out.figures.add(PerfValue.figure(block, "overall", headers.get(c), detail, "score",
                            PerfValue.score(cell), "分", row));
                } else if (!role.equals("pct") && !role.equals("score") && Numbers.cell(cell) != null) {
                    out.figures.add(PerfValue.figure(block, "funds_total", headers.get(c), detail, role,
                            Numbers.cell(cell), block.unit(), row));
                } else if (Numbers.looksNumeric(cell) || PerfValue.rate(cell) != null) {
                    out.unused(row, cell, "not a value of the column " + headers.get(c));
                }
            }
        }
        return out;
    }

    private static String role(String header) {
        String h = Numbers.compact(header);
        if (h.contains("项目名称")) {
            return "name";
        } else if (h.contains("执行率")) {
            return "pct";
        } else if (h.contains("得分")) {
            return "score";
        } else if (h.contains("年初预算")) {
            return "budget_initial";
        } else if (h.contains("执行数") || h.contains("实际支出")) {
            return "executed";
        } else if (h.contains("预算数") || h.contains("预算金额")) {
            return "budget_full_year";
        }
        return "";
    }
}
