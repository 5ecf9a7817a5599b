package org.budgetlens.warehouse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a staging CSV for DuckDB's {@code read_csv}: RFC 4180 quoting, null as an empty unquoted field, the empty
 * string as {@code ""} (read back with {@code allow_quoted_nulls = false}), decimals in plain notation.
 */
final class StagingCsv implements AutoCloseable {

    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(256);

    StagingCsv(Path path, String... header) {
        try {
            out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            row((Object[]) header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void row(Object... values) {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            append(values[i]);
        }
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal d) {
            line.append(d.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            line.append(value);
        } else {
            String s = value.toString();
            if (s.isEmpty() || needsQuotes(s)) {
                line.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                line.append(s);
            }
        }
    }

    private static boolean needsQuotes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
