package org.budgetlens.ingest;

import java.io.PrintWriter;
import java.util.Locale;

import org.budgetlens.warehouse.RunCounts;

/**
 * Reports progress of the disclosure step on the error stream as chunks commit: every few seconds on long runs, and
 * a line per chunk when verbose. Also the place where the after-commit crash simulation hooks in. Called by the load
 * pipeline's thread, one chunk at a time.
 */
public class Progress {

    private static final long EVERY_NANOS = 3_000_000_000L;

    private final IngestSession session;
    private final PrintWriter err;
    private final boolean verbose;
    private final long started = System.nanoTime();
    private long lastReport = started;
    private long chunks;

    public Progress(IngestSession session, PrintWriter err, boolean verbose) {
        this.session = session;
        this.err = err;
        this.verbose = verbose;
    }

    /** A chunk was committed (its counts are in the session). */
    void committed() throws java.sql.SQLException {
        chunks++;
        long now = System.nanoTime();
        if (verbose || now - lastReport >= EVERY_NANOS) {
            lastReport = now;
            RunCounts c = session.counts();
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            err.printf(Locale.ROOT, "ingest: chunk %d committed · %,d/%,d files · %,d records · %,.0f records/s%n",
                    chunks, c.filesFound(), session.inputs().fileCount(), c.recordsRead(), c.recordsRead() / seconds);
            err.flush();
        }
        FaultInjection.afterChunk(chunks);
    }
}
