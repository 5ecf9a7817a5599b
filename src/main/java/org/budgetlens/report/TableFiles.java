package org.budgetlens.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.budgetlens.files.SpreadsheetText;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the report's tables: each as a CSV file (UTF-8 with a byte-order mark, so spreadsheet programs read the
 * Chinese correctly; a Chinese heading row, then the column names; text neutralised against formulas) and all as
 * sheets of one XLSX workbook, numbers as numbers and text as text cells (a workbook's text cell is never evaluated, so
 * it needs no leading apostrophe, which a workbook would show).
 */
final class TableFiles {

    private TableFiles() {
    }

    static void csv(DataTable table, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180)) {
            w.write('\uFEFF');
            for (String column : table.columns()) {
                printer.print(SpreadsheetText.cell(Labels.column(column)));
            }
            printer.println();
            for (List<Object> row : table.rows()) {
                for (Object value : row) {
                    printer.print(Cells.csv(value));
                }
                printer.println();
            }
        }
    }

    /**
     * The workbook: first 说明 ({@code about}), then one sheet per table that has one ({@link SheetNames}), then the
     * long metrics sheet. Every sheet: a bold heading row, frozen, with an auto-filter over all its rows; numbers as
     * number cells in their column's format ({@link CellFormats}), closed sets in Chinese ({@link Labels#value}).
     */
    static void xlsx(Collection<DataTable> tables, WorkbookAbout about, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "budgetlens", "1.0");
            SheetNames names = new SheetNames();
            aboutSheet(workbook.newWorksheet(names.next("说明")), about);
            for (DataTable table : tables) {
                if (SheetNames.hasSheet(table)) {
                    sheet(workbook.newWorksheet(names.next(table)), table);
                }
            }
            sheet(workbook.newWorksheet(names.next(WorkbookAbout.FIGURES_SHEET)), about.figures());
            workbook.finish();
        }
    }

    private static void aboutSheet(Worksheet sheet, WorkbookAbout about) {
        heading(sheet, List.of("项目", "内容"), Math.max(about.lines().size(), 1));
        int r = 1;
        for (String[] line : about.lines()) {
            sheet.value(r, 0, line[0]);
            sheet.value(r, 1, line[1]);
            r++;
        }
        sheet.width(0, 28);
        sheet.width(1, 120);
    }

    private static void sheet(Worksheet sheet, DataTable table) {
        List<String> headings = table.columns().stream().map(Labels::workbookColumn).toList();
        heading(sheet, headings, Math.max(table.rows().size(), 1));
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r, c, table, row, table.columns().get(c));
            }
            r++;
        }
    }

    /** The heading row: bold, frozen, with an auto-filter down to the last row of data. */
    private static void heading(Worksheet sheet, List<String> headings, int lastRow) {
        for (int c = 0; c < headings.size(); c++) {
            sheet.value(0, c, headings.get(c));
            sheet.style(0, c).bold().set();
            sheet.width(c, Math.min(40, 4 + 2 * headings.get(c).length()));
        }
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, lastRow, headings.size() - 1);
    }

    private static void cell(Worksheet sheet, int r, int c, DataTable table, List<Object> row, String column) {
        Object value = Labels.value(column, row.get(c));
        if (value instanceof Number n) {
            sheet.value(r, c, n);
            String format = CellFormats.of(table, row, column);
            if (format != null) {
                sheet.style(r, c).format(format).set();
            }
        } else if (value != null) {
            sheet.value(r, c, value.toString()); // a text cell: shown as written, never read as a formula
        }
    }
}
