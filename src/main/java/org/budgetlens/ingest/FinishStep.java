package org.budgetlens.ingest;

import java.sql.SQLException;

import org.budgetlens.audit.Audit;
import org.budgetlens.progress.ProgressListener;
import org.budgetlens.warehouse.Warehouse;

/**
 * The end of an ingest run, once every chunk is committed: the disclosures kept at their previous version and those
 * whose file is gone are found ({@link StoredFiles}) and, with --prune, the latter removed in one transaction; then
 * the stored metrics are rebuilt and the audit is run when, and only when, the warehouse's generations say they are
 * behind the data (whatever run changed it, this one or one killed before it got here); then DuckDB's log is written
 * into the database file and the run is recorded. Each result is committed with the generation it was computed from,
 * so a run killed anywhere in here leaves the next one exactly what is still to do.
 */
final class FinishStep {

    /** What the end of the run did, and how long each part took. */
    record Finished(IngestRunner.Derived derived, IngestRunner.FileReport files, long lastLoadMillis,
            long metricsMillis, long auditMillis, long checkpointMillis) {
    }

    private FinishStep() {
    }

    static Finished run(IngestSession session, ProgressListener progress) throws Exception {
        Warehouse warehouse = session.warehouse();
        long waiting = System.nanoTime();
        session.loads().await(); // a failure of the last chunk's load fails the job here
        progress.done(); // the load phase: its last chunk is in
        FaultInjection.at("loaded");
        StoredFiles.Check files = StoredFiles.check(session);
        boolean removed = session.prune() && !files.goneFiles().isEmpty();
        if (removed) {
            session.loader().removeFiles(files.goneFiles(), FaultInjection.inPrune());
        }
        long started = System.nanoTime();
        FaultInjection.at("before-metrics");
        boolean metricsRebuilt = warehouse.refreshMetrics(FaultInjection.inMetrics(), progress);
        long metricsDone = System.nanoTime();
        FaultInjection.at("before-audit");
        boolean audited = Audit.stale(warehouse);
        if (audited) {
            audit(warehouse, progress);
        }
        long auditDone = System.nanoTime();
        FaultInjection.at("before-checkpoint");
        progress.start("checkpoint", 0);
        try {
            warehouse.execute("CHECKPOINT");
        } finally {
            progress.done();
        }
        FaultInjection.at("checkpointed");
        long generation = dataGeneration(warehouse);
        session.loader().finishRun(session.runId(), "finished", session.counts());
        return new Finished(new IngestRunner.Derived(metricsRebuilt, audited, generation),
                new IngestRunner.FileReport(files.kept(), files.gone(), removed, session.moves()),
                (started - waiting) / 1_000_000, (metricsDone - started) / 1_000_000,
                (auditDone - metricsDone) / 1_000_000, (System.nanoTime() - auditDone) / 1_000_000);
    }

    /**
     * The audit, its progress counted in rules: each rule is recorded (audit/add_rule.sql) before its check runs, so a
     * rule recorded means the one before it is checked.
     */
    private static void audit(Warehouse warehouse, ProgressListener progress) throws SQLException {
        progress.start("audit", Audit.rules().size());
        boolean[] first = {true};
        warehouse.onScript(resource -> {
            if (resource.equals("audit/add_rule.sql")) {
                if (!first[0]) {
                    progress.advance(1);
                }
                first[0] = false;
            }
        });
        try {
            Audit.run(warehouse, FaultInjection.inAudit());
        } finally {
            warehouse.onScript(null);
            progress.done();
        }
    }

    private static long dataGeneration(Warehouse warehouse) throws SQLException {
        return warehouse.query("ingest/select_data_generation.sql", r -> r.getLong(1)).get(0);
    }
}
