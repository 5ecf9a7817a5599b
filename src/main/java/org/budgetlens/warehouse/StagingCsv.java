package org.budgetlens.warehouse;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A staging CSV file for DuckDB's {@code read_csv}: a header, then rows rendered by {@link CsvBytes}. */
final class StagingCsv implements AutoCloseable {

    private final OutputStream out;
    private final CsvBytes line = new CsvBytes(256);

    StagingCsv(Path path, String... header) {
        try {
            out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
            row((Object[]) header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void row(Object... values) {
        line.clear();
        line.row(values);
        write(line.array(), line.size());
    }

    /** Rows rendered beforehand (see {@link StagedRows}), appended as they are. */
    void rows(byte[] rendered) {
        write(rendered, rendered.length);
    }

    private void write(byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
