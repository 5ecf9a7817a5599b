package org.budgetlens.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
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
     * long metrics sheet, streamed from the warehouse ({@link SheetWriter} for how each is written).
     */
    static void xlsx(Collection<DataTable> tables, WorkbookAbout about, Path file) throws IOException, SQLException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "budgetlens", "1.0");
            SheetNames names = new SheetNames();
            aboutSheet(workbook.newWorksheet(names.next("说明")), about);
            for (DataTable table : tables) {
                if (SheetNames.hasSheet(table)) {
                    try (SheetWriter sheet = new SheetWriter(workbook, names, SheetNames.wanted(table))) {
                        sheet.open(table.columns());
                        for (List<Object> row : table.rows()) {
                            sheet.add(row);
                        }
                    }
                }
            }
            try (SheetWriter sheet = new SheetWriter(workbook, names, WorkbookAbout.FIGURES_SHEET)) {
                about.figures().writeTo(sheet);
            }
            workbook.finish();
        }
    }

    private static void aboutSheet(Worksheet sheet, WorkbookAbout about) throws IOException {
        sheet.value(0, 0, "项目");
        sheet.value(0, 1, "内容");
        sheet.style(0, 0).bold().set();
        sheet.style(0, 1).bold().set();
        int r = 1;
        for (String[] line : about.lines()) {
            sheet.value(r, 0, line[0]);
            sheet.value(r, 1, line[1]);
            r++;
        }
        sheet.width(0, 28);
        sheet.width(1, 120);
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, Math.max(r - 1, 1), 1);
        sheet.finish();
    }
}
