package org.budgetlens.ingest;

import java.io.PrintWriter;
import java.util.Locale;

import org.budgetlens.warehouse.RunCounts;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Reports progress of the disclosure step on the error stream: every few seconds on long runs, and a line per
 * chunk when verbose. Also the place where the after-commit crash simulation hooks in.
 */
public class Progress implements ItemWriteListener<ParsedDisclosure> {

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

    @Override
    public void afterWrite(Chunk<? extends ParsedDisclosure> items) {
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
