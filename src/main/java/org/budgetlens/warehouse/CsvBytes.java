package org.budgetlens.warehouse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Renders rows of a staging CSV for DuckDB's {@code read_csv} straight into UTF-8 bytes: RFC 4180 quoting, null as an
 * empty unquoted field, the empty string as {@code ""} (read back with {@code allow_quoted_nulls = false}), decimals
 * in plain notation; text is UTF-8 (an unpaired surrogate becomes '?', as {@link String#getBytes} makes it). Not
 * thread-safe: one per file being rendered.
 */
final class CsvBytes {

    /** The largest array a JVM reliably allocates. */
    private static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    private byte[] bytes;
    private int size;

    CsvBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put(',');
            }
            value(values[i]);
        }
        put('\n');
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void clear() {
        size = 0;
    }

    private void value(Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            text(s);
        } else if (value instanceof Integer i) {
            integer(i);
        } else if (value instanceof Long l) {
            integer(l);
        } else if (value instanceof BigDecimal d) {
            ascii(d.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            ascii(value.toString());
        } else {
            text(value.toString());
        }
    }

    /** A text field: as is, quoted when it holds a comma, quote or line break, {@code ""} when empty. */
    private void text(String s) {
        if (s.isEmpty()) {
            put('"');
            put('"');
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        // The bytes of , " CR LF never occur inside a multi-byte UTF-8 character.
        for (byte b : utf8) {
            if (b == ',' || b == '"' || b == '\n' || b == '\r') {
                quoted(utf8);
                return;
            }
        }
        append(utf8);
    }

    private void quoted(byte[] utf8) {
        ensure(utf8.length * 2 + 2);
        bytes[size++] = '"';
        for (byte b : utf8) {
            if (b == '"') {
                bytes[size++] = '"';
            }
            bytes[size++] = b;
        }
        bytes[size++] = '"';
    }

    private void append(byte[] utf8) {
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    private void integer(long n) {
        if (n < 0) {
            ascii(Long.toString(n));
            return;
        }
        ensure(20);
        int digits = 1;
        for (long rest = n / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        size += digits;
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[size++] = (byte) s.charAt(i);
        }
    }

    private void put(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
    }

    private void ensure(int more) {
        long needed = (long) size + more;
        if (needed > bytes.length) {
            if (needed > MAX_SIZE) {
                throw new IllegalStateException("staging rows of more than " + MAX_SIZE + " bytes for one file");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_SIZE, Math.max(2L * bytes.length, needed)));
        }
    }
}
