package org.budgetlens.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

import org.budgetlens.progress.ProgressListener;

/**
 * The metric views read stored copies ({@code *_store} tables) of their live definitions ({@code *_live} views,
 * temporary views of the rebuilding connection), so that a named query over tens of millions of figures is a filter
 * over a small table. The stores are rebuilt,
 * all in one transaction, whenever they were built from an older generation of the data than the warehouse holds
 * (generations.metrics_generation, written in the rebuild's transaction, against data_generation, advanced in every
 * load's) or the metric SQL changed (generations.metrics_sql_hash).
 */
final class MetricStore {

    /** The metric scripts in dependency order: each defines a live view, its store and the public view. */
    static final List<String> SCRIPTS = List.of("metrics/00_macros.sql", "metrics/01_figures.sql",
            "metrics/02_disclosure_dims.sql", "metrics/03_year_figures.sql", "metrics/10_execution_rates.sql",
            "metrics/11_personnel_shares.sql", "metrics/12_spending_structure.sql", "metrics/13_carryover_rates.sql",
            "metrics/14_admin_running_costs.sql", "metrics/15_procurement_shares.sql",
            "metrics/16_performance_scores.sql", "metrics/17_three_public.sql", "metrics/20_metric_values.sql",
            "metrics/21_agency_trend.sql");

    /** What the stores depend on: the metric scripts and the base view they read besides the tables. */
    private static final List<String> HASHED = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("views/line_items_by_year.sql"), SCRIPTS.stream()).toList();

    private static final String HASH = hash();

    private MetricStore() {
    }

    /**
     * Rebuilds the stores if they are stale, running {@code beforeCommit} inside the rebuild's transaction; returns
     * whether it did.
     */
    static boolean refreshIfStale(Warehouse warehouse, Warehouse.SqlWork beforeCommit, ProgressListener progress)
            throws SQLException {
        if (!stale(warehouse)) {
            return false;
        }
        progress.start("metrics", SCRIPTS.size());
        try {
            warehouse.inTransaction(() -> {
                for (String script : SCRIPTS) {
                    warehouse.runScript(script);
                    progress.advance(1);
                }
                warehouse.update("metrics/state/mark_refreshed.sql", HASH);
                beforeCommit.run();
            });
        } finally {
            progress.done();
        }
        return true;
    }

    /** Creates the metric views of a new warehouse (over its empty tables), so that every query finds them. */
    static void createIfMissing(Warehouse warehouse) throws SQLException {
        if (warehouse.query("metrics/state/has_metric_views.sql", r -> r.getLong(1)).get(0) == 0) {
            refreshIfStale(warehouse, () -> { }, ProgressListener.NONE);
        }
    }

    /** Whether the stores were built from another generation of the data, or by other metric SQL. */
    static boolean stale(Warehouse warehouse) throws SQLException {
        if (warehouse.query("metrics/state/has_generations.sql", r -> r.getLong(1)).get(0) == 0) {
            return true; // made by an older release and opened read-only: the next ingest rebuilds them
        }
        var state = warehouse.query("metrics/state/select_state.sql",
                r -> new Object[] {r.getLong(1), r.getLong(2), r.getString(3)});
        return state.isEmpty() || !state.get(0)[0].equals(state.get(0)[1]) || !HASH.equals(state.get(0)[2]);
    }

    private static String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String script : HASHED) {
                for (String statement : SqlResource.statements(script)) {
                    digest.update(statement.getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
