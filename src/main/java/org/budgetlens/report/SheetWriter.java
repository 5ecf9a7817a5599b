package org.budgetlens.report;

import java.io.IOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes one table into the workbook, row by row, flushing as it goes (a long sheet is never held whole): a bold
 * heading row, frozen, an auto-filter over every row; numbers as number cells in their column's format
 * ({@link CellFormats}), closed sets in Chinese ({@link Labels#value}), other text as text cells (never evaluated, so
 * a name that starts with = needs no apostrophe). Past Excel's row limit the rows continue on a new sheet named
 * "NAME（续2）", "NAME（续3）", each with its own heading.
 */
final class SheetWriter implements AutoCloseable {

    /** Data rows per sheet: Excel's 1,048,576 rows less the heading. */
    static final int MAX_DATA_ROWS = Worksheet.MAX_ROWS - 1;
    private static final int FLUSH_EVERY = 10_000;

    private final Workbook workbook;
    private final SheetNames names;
    private final String name;
    private final int maxRows;
    private List<String> columns;
    private Worksheet sheet;
    private int sheets;
    private int row;

    SheetWriter(Workbook workbook, SheetNames names, String name) {
        this(workbook, names, name, MAX_DATA_ROWS);
    }

    SheetWriter(Workbook workbook, SheetNames names, String name, int maxRows) {
        this.workbook = workbook;
        this.names = names;
        this.name = name;
        this.maxRows = maxRows;
    }

    /** Starts the sheet with the table's columns (headings from {@code report/columns.csv}). */
    SheetWriter open(List<String> tableColumns) {
        this.columns = List.copyOf(tableColumns);
        newSheet();
        return this;
    }

    void add(List<Object> values) throws IOException {
        if (row == maxRows) {
            finishSheet();
            newSheet();
        }
        row++;
        for (int c = 0; c < values.size(); c++) {
            cell(c, values, columns.get(c));
        }
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (sheet != null) {
            finishSheet();
        }
    }

    private void newSheet() {
        sheets++;
        sheet = workbook.newWorksheet(names.next(sheets == 1 ? name : name + "（续" + sheets + "）"));
        row = 0;
        for (int c = 0; c < columns.size(); c++) {
            String heading = Labels.workbookColumn(columns.get(c));
            sheet.value(0, c, heading);
            sheet.style(0, c).bold().set();
            sheet.width(c, Math.min(40, 4 + 2 * heading.length()));
        }
        sheet.freezePane(0, 1);
    }

    private void finishSheet() throws IOException {
        sheet.setAutoFilter(0, 0, Math.max(row, 1), columns.size() - 1);
        sheet.finish();
    }

    private void cell(int c, List<Object> values, String column) {
        Object value = Labels.value(column, values.get(c));
        if (value instanceof Number n) {
            sheet.value(row, c, n);
            String format = CellFormats.of(columns, values, column);
            if (format != null) {
                sheet.style(row, c).format(format).set();
            }
        } else if (value != null) {
            sheet.value(row, c, value.toString());
        }
    }
}
