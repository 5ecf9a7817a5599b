package org.budgetlens.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse is a DuckDB file that DuckDB 1.x clients can open, not only our DuckDB 2.0 driver. */
class WarehouseFileTest {

    @TempDir
    Path tmp;

    @Test
    void theFileIsWrittenInAStorageFormatDuckDb1ClientsRead() throws IOException {
        Path db = tmp.resolve("w.duckdb");
        assertThat(Cli.ingest(db, RepoData.DATA).exitCode()).isZero();
        byte[] header = new byte[20];
        try (var in = Files.newInputStream(db)) {
            assertThat(in.read(header)).isEqualTo(20);
        }
        assertThat(new String(header, 8, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("DUCK");
        long storageVersion = ByteBuffer.wrap(header, 12, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        // DuckDB 1.0 to 1.5 read storage versions 64 to 68 (checked with the Node client 1.5.6: a file in
        // DuckDB 2.0's own format fails with "can only read versions between 64 and 68").
        assertThat(storageVersion).isBetween(64L, 68L);
    }
}
