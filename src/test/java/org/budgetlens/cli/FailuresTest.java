package org.budgetlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.budgetlens.files.TempFiles;
import org.budgetlens.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk told in one line with its place and fix. The failure texts are DuckDB's and Java's own, as a real ingest
 * and a real report printed them on a full 8 MB tmpfs (a disk cannot be filled in a test without root).
 */
class FailuresTest {

    @Test
    void aFullWarehouseDiskIsOneLineNamingTheWarehouse() {
        String duckdb = "FATAL Error: Failed: database has been invalidated because of a previous fatal error. The "
                + "database must be restarted prior to being used again.\nOriginal error: \"Failed to create checkpoint "
                + "because of error: Could not write file \"/data/small/w.duckdb\": No space left on device\"";

        assertThat(Failures.diskFull(List.of("TransactionContext Error: cannot commit - no transaction is active",
                duckdb))).isEqualTo("no space left on device for the warehouse /data/small/w.duckdb: free space on its "
                        + "disk, or give --db a file on another disk, then run the same command again");
        assertThat(Failures.message(new SQLException(duckdb))).doesNotContain("\n").contains("the warehouse");
    }

    @Test
    void aFullTempDirIsOneLineNamingTheTempDir() throws IOException {
        Path staging = TempFiles.systemTempDir().resolve("budgetlens-someone/1-2/staging-3/chunk-1/line_items.csv");
        Exception e = new UncheckedIOException(new FileSystemException(staging.toString(), null,
                "No space left on device"));

        assertThat(Failures.message(e)).isEqualTo("no space left on device in the temp dir "
                + TempFiles.systemTempDir() + " (writing " + staging + "): free space there, or start Java with "
                + "-Djava.io.tmpdir=DIR on a disk with space, then run the same command again");
    }

    @Test
    void aFullOutputDiskNamesWhatWasWrittenAndTheFileSizeLimitIsToldApart() {
        Path report = Path.of("/srv/reports/r");
        IOException chart = new IOException("chart trend-agency-13: No space left on device");

        assertThat(Failures.diskFull(chart, report)).isEqualTo("no space left on device writing " + report + ": free "
                + "space on that disk, or write elsewhere (--out), then run the same command again");
        assertThat(Failures.diskFull(new IOException("File too large"), report))
                .startsWith("the file size limit of this process (ulimit -f) was reached writing " + report);
        assertThat(Failures.diskFull(new IOException("Permission denied"), report)).isNull();
    }

    @Test
    void aReadOnlyCommandWhoseStatementFindsTheDiskFullFailsWithOneLineAndAStatementErrorIsAUsageError(
            @TempDir Path tmp) {
        Path db = tmp.resolve("w.duckdb");
        try (Warehouse w = Warehouse.openForWrite(db)) {
            assertThat(w.metricsStale()).isFalse();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        StringWriter full = new StringWriter();
        int code = ReadOnlyWarehouse.run(db, new PrintWriter(full, true), w -> {
            throw new SQLException("IO Error: Could not write file \"" + TempFiles.systemTempDir()
                    + "/duckdb_temp_storage-0.tmp\": No space left on device");
        });
        assertThat(code).isEqualTo(ExitCode.FAILURE);
        assertThat(full.toString()).startsWith("error: no space left on device").hasLineCount(1);

        StringWriter bad = new StringWriter();
        assertThat(ReadOnlyWarehouse.run(db, new PrintWriter(bad, true), w -> {
            throw new SQLException("Binder Error: Referenced column \"nope\" not found");
        })).isEqualTo(ExitCode.USAGE);
        assertThat(bad.toString()).isEqualTo("error: Binder Error: Referenced column \"nope\" not found\n");
    }

    @Test
    void anyOtherFailureIsItsFirstLineAndAnErrorIsCaughtToo() {
        StringWriter err = new StringWriter();
        int code = Failures.report(new ExceptionInInitializerError(new IllegalStateException("two\nlines")),
                new PrintWriter(err, true));

        assertThat(code).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).isEqualTo("error: two\n");
        assertThat(Failures.message(new OutOfMemoryError("Java heap space")))
                .startsWith("out of memory (Java heap space): give Java more with -Xmx");
    }
}
