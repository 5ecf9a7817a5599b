package org.budgetlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.budgetlens.files.SpreadsheetText;

/**
 * How a query result is printed: an aligned text table, CSV (column names and text cells neutralised against
 * spreadsheet formulas), or JSON (an array of objects, written by Jackson: {@link JsonRows}).
 */
public enum ResultFormat {
    TABLE {
        @Override
        void write(List<String> columns, List<Object[]> rows, PrintWriter out) {
            int[] width = new int[columns.size()];
            for (int c = 0; c < width.length; c++) {
                width[c] = displayWidth(columns.get(c));
                for (Object[] row : rows) {
                    width[c] = Math.max(width[c], displayWidth(cell(row[c])));
                }
            }
            line(columns.toArray(), width, rows.isEmpty() ? null : rows.get(0), true, out);
            StringBuilder rule = new StringBuilder();
            for (int c = 0; c < width.length; c++) {
                rule.append(c == 0 ? "" : "-+-").append("-".repeat(width[c]));
            }
            out.println(rule);
            for (Object[] row : rows) {
                line(row, width, row, false, out);
            }
            out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        }

        private void line(Object[] values, int[] width, Object[] typed, boolean header, PrintWriter out) {
            StringBuilder s = new StringBuilder();
            for (int c = 0; c < values.length; c++) {
                String text = header ? values[c].toString() : cell(values[c]);
                int pad = width[c] - displayWidth(text);
                boolean right = typed != null && typed[c] instanceof Number;
                s.append(c == 0 ? "" : " | ");
                if (right) {
                    s.append(" ".repeat(pad)).append(text);
                } else {
                    s.append(text).append(c == values.length - 1 ? "" : " ".repeat(pad));
                }
            }
            out.println(s.toString().stripTrailing());
        }

        private String cell(Object value) {
            return value == null ? "NULL" : text(value);
        }
    },
    CSV {
        @Override
        void write(List<String> columns, List<Object[]> rows, PrintWriter out) {
            writeAll(this, columns, rows, out);
        }

        @Override
        RowWriter open(List<String> columns, PrintWriter out) {
            try {
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                        .setHeader(columns.stream().map(SpreadsheetText::cell).toArray(String[]::new))
                        .setRecordSeparator('\n').get());
                return new RowWriter() {
                    @Override
                    public void row(Object[] row) {
                        List<String> cells = new ArrayList<>(row.length);
                        for (Object v : row) {
                            cells.add(csvCell(v));
                        }
                        try {
                            csv.printRecord(cells);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public void close() {
                        out.flush();
                    }
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Numbers and booleans as they are; any other value's text neutralised against spreadsheet formulas. */
        private String csvCell(Object v) {
            if (v == null) {
                return null;
            }
            return v instanceof Number || v instanceof Boolean ? text(v) : SpreadsheetText.cell(text(v));
        }
    },
    JSON {
        @Override
        void write(List<String> columns, List<Object[]> rows, PrintWriter out) {
            writeAll(this, columns, rows, out);
        }

        @Override
        RowWriter open(List<String> columns, PrintWriter out) {
            return new JsonRows(columns, out);
        }
    };

    abstract void write(List<String> columns, List<Object[]> rows, PrintWriter out);

    /** Receives a result's rows one at a time; {@code close} prints whatever is still to come. */
    interface RowWriter {
        void row(Object[] row);

        void close();
    }

    /**
     * A writer for the rows of a result. CSV and JSON print each row as it comes, so a result of millions of rows
     * never sits in memory; the aligned table needs every row for its column widths and collects them first.
     */
    RowWriter open(List<String> columns, PrintWriter out) {
        List<Object[]> rows = new ArrayList<>();
        return new RowWriter() {
            @Override
            public void row(Object[] row) {
                rows.add(row);
            }

            @Override
            public void close() {
                write(columns, rows, out);
            }
        };
    }

    private static void writeAll(ResultFormat format, List<String> columns, List<Object[]> rows, PrintWriter out) {
        RowWriter writer = format.open(columns, out);
        rows.forEach(writer::row);
        writer.close();
    }

    /** Prints every row of {@code rs}; returns how many. */
    public int write(ResultSet rs, PrintWriter out) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            columns.add(meta.getColumnLabel(c));
        }
        RowWriter writer = open(columns, out);
        int count = 0;
        while (rs.next()) {
            Object[] row = new Object[columns.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = rs.getObject(c + 1);
            }
            writer.row(row);
            count++;
        }
        writer.close();
        return count;
    }

    /**
     * The text of a value. Decimals are exact, without trailing zeros beyond two places: DECIMAL(22,6) 665.380000
     * prints as 665.38, 4.000000 as 4.00, 0.007936 as 0.007936.
     */
    static String text(Object value) {
        return value instanceof BigDecimal d ? decimal(d).toPlainString() : value.toString();
    }

    /** The same value without trailing zeros beyond two places (665.380000 → 665.38, 4.000000 → 4.00). */
    static BigDecimal decimal(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 2 ? s.setScale(2) : s;
    }

    /** Terminal columns a string takes: East Asian wide characters take two. */
    static int displayWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp == 0x2329 || cp == 0x232A
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD));
    }
}
