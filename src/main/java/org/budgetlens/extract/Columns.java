package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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

    /**
     * The header texts of a table whose data rows are lined up with them: when a header row holds one empty cell
     * too many after a merged cell (项目 | | | 本年支出合计 … over 合计 | | 665.38 …, an extra TAB of the conversion),
     * every later header sits one column right of its numbers. If numbers of the data rows stand under columns
     * whose role is not understood (or under a name), each header row in turn is tried without one of its empty cells
     * that follow a filled one; the first try that leaves no number under such a column, and no fewer under
     * understood ones, is taken. Otherwise the header stays as published (and the numbers are reported).
     */
    static List<String> aligned(TableBlock block, Function<List<String>, List<String>> roles) {
        return aligned(block, block.rows(), roles);
    }

    /** {@link #aligned(TableBlock, Function)} against the given data rows (wrapped rows joined). */
    static List<String> aligned(TableBlock block, List<TableBlock.Row> rows,
            Function<List<String>, List<String>> roles) {
        int width = width(block);
        List<String> texts = texts(block.header(), width);
        int[] score = score(rows, roles.apply(texts));
        if (score[1] == 0 || score[2] * 2 < score[3]) {
            return texts; // none, or only a few rows, out of line: the header is not what is shifted
        }
        List<TableBlock.Row> header = block.header();
        int dataWidth = rows.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
        for (int r = 0; r < header.size(); r++) {
            List<String> cells = header.get(r).cells();
            if (cells.size() <= dataWidth) {
                continue; // a header row no wider than the data has no extra cell to take out
            }
            for (int c = 1; c < cells.size(); c++) {
                if (!cells.get(c).isBlank() || cells.get(c - 1).isBlank() && !(c >= 2 && !cells.get(c - 2).isBlank())) {
                    continue;
                }
                List<String> shorter = new ArrayList<>(cells);
                shorter.remove(c);
                List<TableBlock.Row> tried = new ArrayList<>(header);
                tried.set(r, new TableBlock.Row(header.get(r).line(), shorter));
                List<String> candidate = texts(tried, width);
                int[] s = score(rows, roles.apply(candidate));
                if (s[1] == 0 && s[0] >= score[0]) {
                    return candidate;
                }
            }
        }
        return texts;
    }

    private static final Set<String> WORD_COLUMNS = Set.of(Measures.NAME, Measures.PROJECT,
            Measures.LABEL);

    /**
     * {numbers under columns with a role, numbers under columns without one or of words, rows with such a number,
     * rows with numbers} over the data rows.
     */
    private static int[] score(List<TableBlock.Row> rows, List<String> roles) {
        int understood = 0;
        int not = 0;
        int rowsOut = 0;
        int rowsWithNumbers = 0;
        for (TableBlock.Row row : rows) {
            int notBefore = not;
            int understoodBefore = understood;
            for (int c = 0; c < row.cells().size(); c++) {
                String cell = Numbers.compact(row.cell(c));
                if (Numbers.cell(cell) == null || cell.matches("\\d{3}(\\d{2}){0,2}") && c < 3) {
                    continue; // not an amount, or a classification code in the leading columns
                }
                String role = c < roles.size() ? roles.get(c) : null;
                if (role == null || WORD_COLUMNS.contains(role)) {
                    not++; // an amount under a column not understood, or under a name
                } else if (!role.startsWith("#")) {
                    understood++;
                }
            }
            rowsOut += not > notBefore ? 1 : 0;
            rowsWithNumbers += not > notBefore || understood > understoodBefore ? 1 : 0;
        }
        return new int[] {understood, not, rowsOut, rowsWithNumbers};
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
