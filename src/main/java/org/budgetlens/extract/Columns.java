package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The header of a table read column by column: the texts of all header rows of a column joined top to bottom, a
 * merged header cell carried right into the blank cells it spans ("本年支出" over 小计 | 基本支出 | 项目支出), that
 * is, blank cells that have a sub-header below them.
 * Header cells the PDF conversion broke into characters ("国 有 本 营 预 算") are joined by removing spaces.
 */
final class Columns {

    private Columns() {
    }

    static List<String> texts(List<TableBlock.Row> header, int width) {
        List<TableBlock.Row> rows = header.stream().filter(Columns::labelRow).toList();
        List<StringBuilder> cols = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            cols.add(new StringBuilder());
        }
        for (int r = 0; r < rows.size(); r++) {
            TableBlock.Row row = rows.get(r);
            String carry = "";
            for (int c = 0; c < width; c++) {
                String cell = TableTitles.normalize(row.cell(c));
                if (cell.isEmpty() && namedBelow(rows, r, c)) {
                    cell = carry;
                } else {
                    carry = cell;
                }
                cols.get(c).append(cell);
            }
        }
        return cols.stream().map(StringBuilder::toString).toList();
    }

    /**
     * Whether a row below names column c: only then can a blank cell be part of a merged cell above sub-headers
     * (本年支出 over 小计 | 基本支出 | 项目支出). A blank with nothing below is the rest of a column named higher up
     * (科目名称 of the second of three header rows is not carried over the amount columns).
     */
    private static boolean namedBelow(List<TableBlock.Row> rows, int r, int c) {
        for (int k = r + 1; k < rows.size(); k++) {
            if (!TableTitles.normalize(rows.get(k).cell(c)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Header rows that name columns: not the 栏次 row, not a row of column numbers 1, 2, 3 … */
    private static boolean labelRow(TableBlock.Row row) {
        boolean text = false;
        for (String cell : row.cells()) {
            String c = Numbers.compact(cell);
            if (c.equals("栏次")) {
                return false;
            }
            text |= !c.isEmpty() && Numbers.cell(c) == null;
        }
        return text;
    }

    static int width(TableBlock block) {
        int w = 0;
        for (TableBlock.Row r : block.header()) {
            w = Math.max(w, r.cells().size());
        }
        for (TableBlock.Row r : block.rows()) {
            w = Math.max(w, r.cells().size());
        }
        return w;
    }
}
