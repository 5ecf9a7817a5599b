package org.budgetlens.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    private static final int SHEET_NAME_MAX = 31;

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

    static void xlsx(Collection<DataTable> tables, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "budgetlens", "1.0");
            Set<String> names = new HashSet<>();
            for (DataTable table : tables) {
                sheet(workbook.newWorksheet(sheetName(table.id(), names)), table);
            }
            workbook.finish();
        }
    }

    private static void sheet(Worksheet sheet, DataTable table) {
        for (int c = 0; c < table.columns().size(); c++) {
            sheet.value(0, c, Labels.column(table.columns().get(c)));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof BigDecimal b) {
                    sheet.value(r, c, b);
                } else if (value instanceof Number n) {
                    sheet.value(r, c, n);
                } else if (value instanceof Boolean flag) {
                    sheet.value(r, c, flag);
                } else if (value != null) {
                    sheet.value(r, c, value.toString()); // a text cell: shown as written, never read as a formula
                }
            }
            r++;
        }
    }

    /** Excel's limit is 31 characters and unique names; ids are ASCII, so cutting them is safe. */
    private static String sheetName(String id, Set<String> used) {
        String base = id.length() > SHEET_NAME_MAX ? id.substring(0, SHEET_NAME_MAX) : id;
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            String suffix = "~" + n;
            name = base.substring(0, Math.min(base.length(), SHEET_NAME_MAX - suffix.length())) + suffix;
        }
        return name;
    }
}
