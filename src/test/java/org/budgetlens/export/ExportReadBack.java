package org.budgetlens.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.budgetlens.warehouse.SqlResource;
import org.budgetlens.warehouse.Warehouse;

/**
 * An export read back: an in-memory DuckDB in which each exported table is a view over its Parquet files, in the
 * base table's own columns (the partition keys the export joined in are left out), and over those the unchanged
 * view and metric SQL of sql/views and sql/metrics.
 */
final class ExportReadBack {

    private ExportReadBack() {
    }

    static Connection open(Path exportDir) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try {
            for (ExportTable table : ExportTable.ALL) {
                if (Files.isDirectory(table.folder(exportDir))) {
                    execute(connection, "CREATE VIEW " + table.name() + " AS SELECT * "
                            + (table.addedColumns().isEmpty() ? "" : "EXCLUDE (" + String.join(", ",
                                    table.addedColumns()) + ") ")
                            + "FROM " + source(table, exportDir));
                }
            }
            for (String script : Warehouse.viewScripts()) {
                for (String sql : SqlResource.statements(script)) {
                    execute(connection, sql);
                }
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** read_parquet over a table's folder; the partition keys typed as the warehouse types them. */
    static String source(ExportTable table, Path exportDir) {
        String folder = table.folder(exportDir).toAbsolutePath().toString();
        return table.partitioned()
                ? "read_parquet(" + CopyStatement.literal(folder + "/**/*.parquet") + ", hive_partitioning = true, "
                        + "hive_types = {'fiscal_year': INTEGER, 'province_code': VARCHAR})"
                : "read_parquet(" + CopyStatement.literal(folder + "/*.parquet") + ")";
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The column names and types, then every row as text, of a query's result. */
    static List<List<String>> rows(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows(rows);
        }
    }

    static List<List<String>> rows(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<List<String>> result = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            header.add(meta.getColumnName(i) + " " + meta.getColumnTypeName(i));
        }
        result.add(header);
        while (rows.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.add(rows.getString(i));
            }
            result.add(row);
        }
        return result;
    }
}
