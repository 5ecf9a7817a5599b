package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A coded row whose name the conversion wrapped onto the next line with the amounts ("2101599 | 其他医疗保障管理" then
 * " | 事务支出 | 35.10 | …", or without the leading empty cell): the two lines are one row, the name joined and the
 * amounts placed where full rows have them. Only a row with a code and no amount followed at once by a row with
 * amounts, no code and a short name fragment (not 合计) is joined, and never in a table of side-by-side groups;
 * anything else stays as published.
 */
final class WrappedRows {

    private static final Pattern CODE = Pattern.compile("\\d{3}(\\d{2}){0,2}|\\d{2}");
    private static final Pattern TOTAL = Pattern.compile("合计|总计|小计");
    private static final int FRAGMENT = 12;

    private WrappedRows() {
    }

    static List<TableBlock.Row> join(List<TableBlock.Row> rows) {
        if (rows.stream().anyMatch(WrappedRows::sideBySide)) {
            return rows; // groups of code | name | amount side by side: where a wrapped name belongs is not clear
        }
        int amountsAt = typicalFirstAmount(rows);
        List<TableBlock.Row> joined = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TableBlock.Row row = rows.get(i);
            TableBlock.Row next = i + 1 < rows.size() ? rows.get(i + 1) : null;
            if (amountsAt > 0 && next != null && next.line() == row.line() + 1 && codeWithoutAmounts(row)
                    && continuation(next)) {
                joined.add(merge(row, next, amountsAt));
                i++;
            } else {
                joined.add(row);
            }
        }
        return joined;
    }

    private static TableBlock.Row merge(TableBlock.Row head, TableBlock.Row tail, int amountsAt) {
        int tailAmount = firstAmount(tail);
        int shift = amountsAt - tailAmount;
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < amountsAt; c++) {
            cells.add(head.cell(c));
        }
        String fragment = "";
        for (int c = 0; c < tailAmount; c++) {
            fragment += Numbers.compact(tail.cell(c));
        }
        int lastText = -1;
        for (int c = 0; c < amountsAt; c++) {
            if (!Numbers.compact(cells.get(c)).isEmpty() && !CODE.matcher(Numbers.compact(cells.get(c))).matches()) {
                lastText = c;
            }
        }
        if (lastText >= 0) {
            cells.set(lastText, cells.get(lastText).strip() + fragment);
        }
        for (int c = tailAmount; c < tail.cells().size(); c++) {
            int at = c + shift;
            while (cells.size() <= at) {
                cells.add("");
            }
            cells.set(at, tail.cell(c));
        }
        return new TableBlock.Row(tail.line(), List.copyOf(cells)); // the amounts are on the second line
    }

    /** A code after a name or an amount on the same row: the row holds side-by-side groups. */
    private static boolean sideBySide(TableBlock.Row row) {
        boolean words = false;
        for (String cell : row.cells()) {
            String c = Numbers.compact(cell);
            if (CODE.matcher(c).matches() && c.length() >= 3 && words) {
                return true;
            }
            words |= !c.isEmpty() && !CODE.matcher(c).matches();
        }
        return false;
    }

    private static boolean codeWithoutAmounts(TableBlock.Row row) {
        boolean code = false;
        for (String cell : row.cells()) {
            String c = Numbers.compact(cell);
            if (CODE.matcher(c).matches()) {
                code = true;
            } else if (isAmount(c)) {
                return false;
            }
        }
        return code;
    }

    private static boolean continuation(TableBlock.Row row) {
        int first = firstAmount(row);
        if (first < 0) {
            return false;
        }
        String text = "";
        for (int c = 0; c < first; c++) {
            String cell = Numbers.compact(row.cell(c));
            if (CODE.matcher(cell).matches()) {
                return false;
            }
            text += cell;
        }
        return !text.isEmpty() && text.length() <= FRAGMENT && !TOTAL.matcher(text).find();
    }

    /** The column where amounts start in most full rows (a code and a name before them), or -1. */
    private static int typicalFirstAmount(List<TableBlock.Row> rows) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (TableBlock.Row row : rows) {
            int first = firstAmount(row);
            if (first > 0 && CODE.matcher(Numbers.compact(row.cell(0))).matches()) {
                counts.merge(first, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
    }

    private static int firstAmount(TableBlock.Row row) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (isAmount(Numbers.compact(row.cell(c)))) {
                return c;
            }
        }
        return -1;
    }

    /** A number that is not a classification code: with decimals, or not of a code's shape. */
    private static boolean isAmount(String cell) {
        return Numbers.cell(cell) != null && !CODE.matcher(cell).matches();
    }
}
