package org.budgetlens.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.budgetlens.warehouse.SqlResource;

/**
 * A table of the report: the rows behind a chart or a section, as the warehouse returned them (amounts stay
 * {@link java.math.BigDecimal}, a blank stays {@code null}). {@code id} names its CSV file and workbook sheet.
 */
public record DataTable(String id, String title, List<String> columns, List<List<Object>> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }

    /** Runs {@code sql/report/NAME.sql} with the values bound to $1, $2, … in order. */
    public static DataTable query(Connection connection, String name, String id, String title, Object... values)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlResource.statement("report/" + name))) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    columns.add(meta.getColumnLabel(c));
                }
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int c = 1; c <= columns.size(); c++) {
                        row.add(rs.getObject(c));
                    }
                    rows.add(Collections.unmodifiableList(row));
                }
                return new DataTable(id, title, columns, rows);
            }
        }
    }

    /** The column's position; fails loudly when a SQL file and the code that reads it disagree. */
    public int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("table " + id + " has no column " + name + " (columns: " + columns + ")");
        }
        return i;
    }

    public Object value(List<Object> row, String column) {
        return row.get(column(column));
    }

    /** The same table with only the rows kept. */
    public DataTable withRows(List<List<Object>> kept) {
        return new DataTable(id, title, columns, kept);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
