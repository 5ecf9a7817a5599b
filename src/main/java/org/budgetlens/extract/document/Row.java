package org.budgetlens.extract.document;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A table row: one cell per grid column (the columns a merged cell spans hold empty cells), and where it stands. */
public record Row(List<Cell> cells, Where at) {

    private static final Pattern AMOUNT = Pattern.compile("-?[\\d,]*\\d(\\.\\d+)?");
    private static final Pattern CLASS = Pattern.compile("\\d{3}(\\d{2}){0,2}");
    private static final Pattern PART = Pattern.compile("\\d{2}");

    public Row {
        cells = List.copyOf(cells);
    }

    /** The row as the readers read it: the cells' text joined by TABs. */
    public String text() {
        return cells.stream().map(Cell::text).collect(Collectors.joining("\t"));
    }

    /** Whether any cell holds a number: a header row holds none. */
    public boolean holdsNumber() {
        return cells.stream().anyMatch(c -> AMOUNT.matcher(c.text().strip()).matches());
    }

    /**
     * The classification code the row opens with, whole (2080505) or split over 类 | 款 | 项 columns (208 | 05 | 05),
     * or "" when it opens with none.
     */
    public String code() {
        StringBuilder code = new StringBuilder();
        for (Cell c : cells) {
            String t = c.text().strip();
            if (code.isEmpty() && CLASS.matcher(t).matches()) {
                code.append(t);
                if (t.length() == 7) {
                    break;
                }
            } else if (!code.isEmpty() && code.length() < 7 && PART.matcher(t).matches()) {
                code.append(t);
            } else {
                break;
            }
        }
        return code.toString();
    }
}
