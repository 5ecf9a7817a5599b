package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 绩效 tables (项目支出绩效自评表 / 目标表, 部门整体支出绩效自评表), read by the words in their cells, never by column
 * position alone: the PDF conversion of these tables shifts cells and splits words and numbers across cells.
 * <ul>
 * <li>the project (detail) from the 项目名称 row;</li>
 * <li>funds rows (年度资金总额, 其中：当年财政拨款, 上年结转资金, 上级/本级/其他资金) by {@link PerfFunds};</li>
 * <li>indicator rows (after the 一级指标 / 三级指标 header) by {@link PerfIndicators}, numbered ind1, ind2 …;</li>
 * <li>the 总分 row: 分值 and 得分 (a 总分 line after the TAB rows is read too).</li>
 * </ul>
 * The rows are the document's lines from the table's first row to its 总分 line or the next table title, so a
 * paragraph the conversion left inside the table (总体目标 text) does not end it.
 */
final class PerformanceTableReader {

    private static final int MAX_LINES = 90;
    private static final Pattern UNIT_ROW = Pattern.compile("^(预算单位|实施单位)");

    private PerformanceTableReader() {
    }

    static TableOutput read(TableBlock block, SourceText doc) {
        TableOutput out = new TableOutput();
        List<TableBlock.Row> rows = rows(block, doc);
        String detail = "";
        boolean indicators = false;
        PerfIndicators ind = new PerfIndicators(block, out);
        PerfFunds funds = new PerfFunds(block, out);
        for (TableBlock.Row row : rows) {
            String joined = Numbers.compact(String.join("", row.cells()));
            if (!indicators && joined.startsWith("项目名称") && detail.isEmpty()) {
                detail = joined.substring("项目名称".length());
                funds.detail(detail);
                ind.detail(detail);
                out.detail = detail;
            } else if (!indicators && UNIT_ROW.matcher(joined).find() && out.agencyUnit.isEmpty()) {
                out.agencyUnit = UNIT_ROW.matcher(joined).replaceFirst("");
            } else if (joined.startsWith("总分") || indicators && joined.startsWith("合计")) {
                readTotal(block, row, detail, out);
                break;
            } else if (!indicators && PerfIndicators.isHeader(row)) {
                indicators = true;
            } else if (indicators) {
                ind.read(row);
            } else {
                funds.read(row);
            }
        }
        return out;
    }

    /** 总分 | … | 分值 | 得分: two numbers are 分值 and 得分, one is the 得分. */
    private static void readTotal(TableBlock block, TableBlock.Row row, String detail, TableOutput out) {
        List<String> numbers = new ArrayList<>();
        for (String cell : row.cells()) {
            String[] parts = cell.contains("总分") ? cell.replace("总分", "").strip().split("\\s+")
                    : new String[] {cell};
            for (String part : parts) {
                String v = PerfValue.score(part);
                if (v != null) {
                    numbers.add(v);
                }
            }
        }
        if (numbers.size() > 2) {
            numbers.forEach(n -> out.unused(row, n, "总分 row with more than two numbers"));
            return;
        }
        if (numbers.size() == 2) {
            out.figures.add(PerfValue.figure(block, "overall", "总分", detail, "weight", numbers.get(0), "分", row));
        }
        if (!numbers.isEmpty()) {
            out.figures.add(PerfValue.figure(block, "overall", "总分", detail, "score", numbers.get(numbers.size() - 1),
                    "分", row));
        }
    }

    /** The lines of the table: TAB rows split into cells, other lines one cell, up to 总分 or the next title. */
    private static List<TableBlock.Row> rows(TableBlock block, SourceText doc) {
        List<TableBlock.Row> rows = new ArrayList<>();
        int first = block.header().isEmpty()
                ? (block.rows().isEmpty() ? block.titleLine() + 1 : block.rows().get(0).line())
                : block.header().get(0).line();
        for (int i = first; i <= doc.lineCount() && i < first + MAX_LINES; i++) {
            String text = doc.line(i);
            if (text.isBlank()) {
                continue;
            }
            if (i > first && text.indexOf('\t') < 0 && TableTitles.match(text).isPresent()) {
                break;
            }
            rows.add(new TableBlock.Row(i, List.of(text.split("\t", -1))));
            if (Numbers.compact(text).startsWith("总分")) {
                break;
            }
        }
        return rows;
    }
}
