package org.budgetlens.ingest;

/**
 * Crash simulation for the restart tests: {@code -Dbudgetlens.fault.haltInChunk=N} halts the JVM inside the N-th
 * chunk's transaction (rows inserted, not committed); {@code -Dbudgetlens.fault.haltAfterChunk=N} halts it right
 * after the N-th chunk committed. {@link Runtime#halt} skips shutdown hooks and DuckDB's close, as kill -9 does.
 */
final class FaultInjection {

    static final int EXIT_CODE = 137;

    private FaultInjection() {
    }

    static Runnable haltInChunk() {
        long n = Long.getLong("budgetlens.fault.haltInChunk", 0);
        long[] seen = {0};
        return () -> {
            if (n > 0 && ++seen[0] == n) {
                Runtime.getRuntime().halt(EXIT_CODE);
            }
        };
    }

    static void afterChunk(long chunkNumber) {
        long n = Long.getLong("budgetlens.fault.haltAfterChunk", 0);
        if (n > 0 && chunkNumber == n) {
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }
}
