package org.budgetlens.report;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.budgetlens.warehouse.SqlResource;

/**
 * The workbook's long metrics sheet: every figure of the selection, one row each ({@code sql/report/
 * workbook_figures.sql}), streamed from the warehouse into the sheet — a province's decade is millions of rows, never
 * all in memory.
 */
public final class LongSheet {

    private final Connection connection;
    private final ReportOptions options;

    LongSheet(Connection connection, ReportOptions options) {
        this.connection = connection;
        this.options = options;
    }

    void writeTo(SheetWriter sheet) throws SQLException, IOException {
        try (PreparedStatement s = connection.prepareStatement(
                SqlResource.statement("report/workbook_figures.sql"))) {
            s.setObject(1, options.regionPrefix());
            s.setObject(2, options.sector());
            s.setObject(3, options.scope());
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    columns.add(meta.getColumnLabel(c));
                }
                sheet.open(columns);
                List<Object> row = new ArrayList<>(columns.size());
                while (rs.next()) {
                    row.clear();
                    for (int c = 1; c <= columns.size(); c++) {
                        row.add(rs.getObject(c));
                    }
                    sheet.add(row);
                }
            }
        }
    }
}
