package org.budgetlens.spark;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Rows of either engine in one comparable form: the column names, then each row as text, rows sorted. A number is
 * its exact decimal value whatever its type (DECIMAL 74.130000 = 74.13, so BigDecimal compareTo equality; a DOUBLE
 * by its shortest decimal form), NULL is NULL (equal to NULL), text is tagged so that '1' ≠ 1.
 */
final class Canonical {

    private Canonical() {
    }

    static List<String> of(Dataset<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row row : rows.collectAsList()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                values.add(value(row.get(i)));
            }
            out.add(String.join(" | ", values));
        }
        out.sort(null);
        out.add(0, String.join(", ", Arrays.stream(rows.columns()).map(c -> c.toLowerCase(Locale.ROOT)).toList()));
        return out;
    }

    static List<String> of(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return of(rows);
            }
        }
    }

    static List<String> of(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
        }
        List<String> out = new ArrayList<>();
        while (rows.next()) {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                values.add(value(rows.getObject(i)));
            }
            out.add(String.join(" | ", values));
        }
        out.sort(null);
        out.add(0, String.join(", ", columns));
        return out;
    }

    static String value(Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "n:" + d : number(BigDecimal.valueOf(d));
        }
        if (v instanceof Float f) {
            return number(new BigDecimal(Float.toString(f)));
        }
        if (v instanceof BigDecimal b) {
            return number(b);
        }
        if (v instanceof BigInteger b) {
            return number(new BigDecimal(b));
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return number(BigDecimal.valueOf(((Number) v).longValue()));
        }
        if (v instanceof Boolean b) {
            return "b:" + b;
        }
        if (v instanceof String s) {
            return "s:" + s;
        }
        if (v instanceof Timestamp t) {
            return "t:" + t.toLocalDateTime();
        }
        if (v instanceof Instant i) {
            return "t:" + LocalDateTime.ofInstant(i, ZoneOffset.UTC);
        }
        if (v instanceof LocalDateTime t) {
            return "t:" + t;
        }
        if (v instanceof java.sql.Date d) {
            return "d:" + d.toLocalDate();
        }
        if (v instanceof java.time.LocalDate d) {
            return "d:" + d;
        }
        return "o:" + v;
    }

    private static String number(BigDecimal b) {
        return "n:" + (b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString());
    }
}
