package org.budgetlens.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of 绩效 self-evaluation results, one row per project (项目支出绩效自评结果汇总表: 序号 | 项目名称 | 全年预算数 |
 * 全年执行数 | 执行率 | 自评得分 | 评价等级): each row's amounts are the project's funds_total, its 自评得分 the
 * project's overall score, the project named in the detail; a 合计 row is all projects together (no detail). A
 * 资金来源 column makes a row that line of the project's funds (当年财政拨款 → funds_fiscal, 上年结转 →
 * funds_carryover); a row that names no project and is not a 合计 is reported. Columns are named by their headers;
 * a column it does not know (序号, 评价等级) is skipped.
 */
final class PerfResultsReader {

    /** Titles of such lists ("2023年度项目支出绩效自评结果汇总表"). */
    static final Pattern TITLE = Pattern.compile("绩效自评(结果|情况)(汇总|统计|一览)?表");
    private static final Pattern TOTAL = Pattern.compile("合计|总计");

    private PerfResultsReader() {
    }

    static TableOutput read(TableBlock block) {
        TableOutput out = new TableOutput();
        List<String> headers = Columns.texts(block.header(), Columns.width(block));
        String lastProject = "";
        for (TableBlock.Row row : block.rows()) {
            String name = "";
            String source = "";
            for (int c = 0; c < headers.size(); c++) {
                String role = role(headers.get(c));
                if (role.equals("name")) {
                    name = Numbers.compact(row.cell(c));
                } else if (role.equals("source")) {
                    source = Numbers.compact(row.cell(c));
                }
            }
            String rowText = Numbers.compact(String.join("", row.cells()));
            boolean total = name.matches("合计|总计") || name.isEmpty() && TOTAL.matcher(rowText).find();
            if (name.isEmpty() && !total && !source.isEmpty()) {
                name = lastProject; // 上年结转 on the line under the project's 当年财政拨款: the same project
            } else if (!name.isEmpty() && !total) {
                lastProject = name;
            }
            String line = fundsLine(source);
            if (!total && name.isEmpty() || line == null) {
                // a row of a project's 资金来源 (上年结转 under 当年财政拨款) without its name, or a source it does not know
                row.cells().stream().filter(Numbers::looksNumeric)
                        .forEach(c -> out.unused(row, c, "a row of a results list that names no project or a funds "
                                + "source it does not know"));
                continue;
            }
            String detail = total ? "" : name;
            for (int c = 0; c < headers.size(); c++) {
                String role = role(headers.get(c));
                String cell = Numbers.compact(row.cell(c));
                if (role.equals("name") || role.equals("source") || role.isEmpty() || Numbers.blank(cell)) {
                    continue;
                }
                if (role.equals("pct") && PerfValue.rate(cell) != null) {
                    out.figures.add(PerfValue.pct(block, line, headers.get(c), detail, PerfValue.rate(cell), row));
                } else if (role.equals("score") && PerfValue.score(cell) != null && line.equals("funds_total")) {
                    out.figures.add(PerfValue.figure(block, "overall", headers.get(c), detail, "score",
                            PerfValue.score(cell), "分", row));
                } else if (!role.equals("pct") && !role.equals("score") && Numbers.cell(cell) != null) {
                    out.figures.add(PerfValue.figure(block, line, headers.get(c), detail, role, Numbers.cell(cell),
                            block.unit(), row));
                } else if (Numbers.looksNumeric(cell) || PerfValue.rate(cell) != null) {
                    out.unused(row, cell, "not a value of the column " + headers.get(c));
                }
            }
        }
        return out;
    }

    /** The funds line of a row by its 资金来源 cell (none: the project's total), or null for a source not known. */
    private static String fundsLine(String source) {
        if (source.isEmpty() || source.matches("合计|小计|总计|资金总额|年度资金总额")) {
            return "funds_total";
        } else if (source.contains("财政拨款") || source.contains("财政资金")) {
            return "funds_fiscal";
        } else if (source.contains("上年结转")) {
            return "funds_carryover";
        } else if (source.contains("其他资金")) {
            return "funds_other";
        }
        return null;
    }

    private static String role(String header) {
        String h = Numbers.compact(header);
        if (h.contains("资金来源")) {
            return "source";
        } else if (h.contains("项目名称") || h.equals("项目")) {
            return "name";
        }
        String column = PerfValue.column(h);
        return column == null || column.equals("weight") ? "" : column;
    }
}
