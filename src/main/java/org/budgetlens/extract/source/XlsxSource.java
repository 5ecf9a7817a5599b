package org.budgetlens.extract.source;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The Excel adapter: tables an agency publishes as {@code .xlsx}, one sheet a table, into the same
 * {@link LaidOutDocument} as a PDF. A row with one filled cell is a line of text (the title, a note); any other row is
 * a table row, its cells TAB-separated in column order (blank cells kept, so columns line up); numbers are written as
 * the workbook holds them, exactly (no float rounding). Each line's place is its sheet (as its "page") and row.
 */
public final class XlsxSource {

    private XlsxSource() {
    }

    public static LaidOutDocument read(Path file) throws SourceProblem {
        List<LaidLine> lines = new ArrayList<>();
        int sheets = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            for (Sheet sheet : wb.getSheets().toList()) {
                sheets++;
                for (Row row : sheet.read()) {
                    LaidLine line = line(row, sheets);
                    if (line != null) {
                        lines.add(line);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new SourceProblem("not a readable Excel workbook (.xlsx): " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new SourceProblem("the workbook has no filled cell");
        }
        return new LaidOutDocument(List.copyOf(lines), sheets, List.of());
    }

    private static LaidLine line(Row row, int sheet) {
        List<String> cells = new ArrayList<>();
        int filled = 0;
        for (int c = 0; c < row.getCellCount(); c++) {
            String text = text(row.getCell(c));
            cells.add(text);
            filled += text.isEmpty() ? 0 : 1;
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        if (filled == 0) {
            return null;
        }
        int r = row.getRowNum();
        if (filled == 1) {
            String text = cells.stream().filter(s -> !s.isEmpty()).findFirst().orElse("");
            return new LaidLine(text, LaidLine.Kind.TEXT, sheet, r, 0, 0, r + 1, 0, r);
        }
        return new LaidLine(String.join("\t", cells), LaidLine.Kind.TABLE_ROW, sheet, r, 0, 0, r + 1, 1, r);
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal n = cell.asNumber();
            return n == null ? "" : n.stripTrailingZeros().toPlainString();
        }
        String t = cell.getText();
        return t == null ? "" : t.strip().replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
