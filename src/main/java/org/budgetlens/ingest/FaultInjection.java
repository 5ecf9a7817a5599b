package org.budgetlens.ingest;

import java.sql.SQLException;

import org.budgetlens.warehouse.Warehouse;

/**
 * Crash and failure simulation for the restart tests, at the named points of a run, in the order a run passes them:
 * <ul>
 * <li>{@code in-chunk:N} inside the N-th chunk's transaction (rows inserted, not committed),</li>
 * <li>{@code after-chunk:N} right after the N-th chunk committed,</li>
 * <li>{@code loaded} every chunk committed, before anything else,</li>
 * <li>{@code in-prune} inside the transaction that removes the disclosures whose file is gone (ingest --prune),</li>
 * <li>{@code before-metrics}, {@code in-metrics} (inside the metric rebuild's transaction), {@code before-audit},
 * {@code in-audit} (inside the audit's transaction), {@code before-checkpoint}, and {@code checkpointed} (before the
 * run is recorded as finished).</li>
 * </ul>
 * {@code -Dbudgetlens.fault.halt=POINT} halts the JVM there: {@link Runtime#halt} skips shutdown hooks and DuckDB's
 * close, as kill -9 does. {@code -Dbudgetlens.fault.fail=POINT} throws there the error DuckDB gives when the disk is
 * full. The properties are read when a point is passed.
 */
final class FaultInjection {

    static final int EXIT_CODE = 137;

    static final String HALT = "budgetlens.fault.halt";
    static final String FAIL = "budgetlens.fault.fail";

    private FaultInjection() {
    }

    /** Passes the point {@code point}: halts or fails here if told to. */
    static void at(String point) throws SQLException {
        if (point.equals(System.getProperty(HALT))) {
            Runtime.getRuntime().halt(EXIT_CODE);
        }
        if (point.equals(System.getProperty(FAIL))) {
            throw new SQLException("IO Error: could not write to the database file: No space left on device "
                    + "(simulated at " + point + ")");
        }
    }

    /** The hook a loader runs inside each chunk's transaction: passes {@code in-chunk:N} for the N-th chunk. */
    static Warehouse.SqlWork inChunk() {
        long[] seen = {0};
        return () -> at("in-chunk:" + ++seen[0]);
    }

    /** A chunk was committed: passes {@code after-chunk:N}. */
    static void afterChunk(long chunkNumber) throws SQLException {
        at("after-chunk:" + chunkNumber);
    }

    /** The hook the metric rebuild runs inside its transaction. */
    static Warehouse.SqlWork inMetrics() {
        return () -> at("in-metrics");
    }

    /** The hook the audit runs inside its transaction. */
    static Warehouse.SqlWork inAudit() {
        return () -> at("in-audit");
    }

    /** The hook the removal of disclosures whose file is gone runs inside its transaction. */
    static Warehouse.SqlWork inPrune() {
        return () -> at("in-prune");
    }
}
