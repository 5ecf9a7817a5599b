package org.budgetlens.progress;

/**
 * Told how a long phase advances (the ingest's load, metrics, audit and checkpoint, the documents of an extraction,
 * the charts of a report), so that the command line can show it; the phases depend on this interface only, never on
 * the command line. One phase at a time; {@link #advance} may be called from several threads.
 */
public interface ProgressListener {

    /** Shows nothing. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void start(String phase, long total) {
        }

        @Override
        public void advance(long steps) {
        }

        @Override
        public void done() {
        }
    };

    /** A phase starts; {@code total} is how many steps it has, or 0 when that is not known. */
    void start(String phase, long total);

    /** {@code steps} more steps of the current phase are done. */
    void advance(long steps);

    /** The current phase is over. */
    void done();
}
