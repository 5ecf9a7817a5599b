package org.budgetlens.ingest;

import java.io.PrintWriter;
import java.util.Locale;

import org.budgetlens.progress.ProgressListener;
import org.budgetlens.warehouse.RunCounts;

/**
 * Reports progress of the disclosure step as chunks commit: the files done of all to load to the run's progress
 * (phase "load", with an estimate of the time left), and a line per chunk on the error stream when verbose. Also the
 * place where the after-commit crash simulation hooks in. Called by the load pipeline's thread, one chunk at a time.
 */
public class Progress {

    private final IngestSession session;
    private final PrintWriter err;
    private final boolean verbose;
    private final ProgressListener load;
    private final long started = System.nanoTime();
    private long chunks;
    private long files;

    public Progress(IngestSession session, PrintWriter err, boolean verbose, ProgressListener load) {
        this.session = session;
        this.err = err;
        this.verbose = verbose;
        this.load = load;
    }

    /** The disclosure step starts: its files are the load phase's steps. */
    void started() {
        files = session.counts().filesFound(); // the registries, read before
        load.start("load", session.inputs().csvFiles().size());
    }

    /** A chunk was committed (its counts are in the session). */
    void committed() throws java.sql.SQLException {
        chunks++;
        long now = System.nanoTime();
        RunCounts c = session.counts();
        load.advance(c.filesFound() - files);
        files = c.filesFound();
        if (verbose) {
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            err.printf(Locale.ROOT, "ingest: chunk %d committed · %,d/%,d files · %,d records · %,.0f records/s%n",
                    chunks, c.filesFound(), session.inputs().fileCount(), c.recordsRead(), c.recordsRead() / seconds);
            err.flush();
        }
        FaultInjection.afterChunk(chunks);
    }
}
