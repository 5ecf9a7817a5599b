package org.budgetlens.warehouse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import org.budgetlens.progress.ProgressListener;

/**
 * The DuckDB file: one connection, the schema and the analyst views. Opened for writing by ingest (creating the
 * file and schema when needed) or read-only by queries, so that an ad-hoc statement cannot change data.
 */
public final class Warehouse implements AutoCloseable {

    /** Schema scripts, applied in order on every write-open (each is idempotent). */
    static final List<String> SCHEMA = List.of("schema/001_base_tables.sql", "schema/002_generations.sql",
            "schema/003_audit.sql", "schema/004_verified.sql", "schema/005_input_file.sql",
            "schema/006_rule_text.sql");
    /** Analyst views, recreated on every write-open; the metric views follow (MetricStore). */
    static final List<String> VIEWS = List.of("views/agencies.sql", "views/disclosures.sql", "views/line_items.sql",
            "views/facts.sql", "views/disclosure_tables.sql", "views/rejects.sql", "views/load_runs.sql",
            "views/line_items_by_year.sql", "views/stated_percentages.sql", "views/audit_findings.sql",
            "views/extraction_confidence.sql");

    private final Path file;
    private final Connection connection;
    private Consumer<String> scriptListener = resource -> { };

    private Warehouse(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * The scripts that create the analyst views, then the metric views, in dependency order. Over tables of the
     * same names and columns as the base tables (an export read back, say) they recreate every view and metric.
     */
    public static List<String> viewScripts() {
        return java.util.stream.Stream.concat(VIEWS.stream(), MetricStore.SCRIPTS.stream()).toList();
    }

    /** Opens (creating if needed) the warehouse for loading, and brings its schema and views up to date. */
    public static Warehouse openForWrite(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
        Warehouse warehouse = new Warehouse(file, connect(file, false));
        try {
            warehouse.execute("SET autoinstall_known_extensions = false");
            warehouse.execute("SET autoload_known_extensions = false");
            warehouse.runScript("settings/ingest.sql");
            for (String script : SCHEMA) {
                warehouse.runScript(script);
            }
            for (String view : VIEWS) {
                warehouse.runScript(view);
            }
            MetricStore.createIfMissing(warehouse);
            return warehouse;
        } catch (SQLException e) {
            warehouse.close();
            throw new WarehouseException("cannot prepare the warehouse " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing warehouse read-only. */
    public static Warehouse openReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new WarehouseException("no warehouse at " + file + ": run 'budgetlens ingest DIR' first, "
                    + "or point --db at an existing DuckDB file");
        }
        Warehouse warehouse = new Warehouse(file, connect(file, true));
        try {
            warehouse.execute("SET autoinstall_known_extensions = false");
            warehouse.execute("SET autoload_known_extensions = false");
            warehouse.runScript("settings/read.sql");
        } catch (SQLException e) {
            warehouse.close();
            throw new WarehouseException("cannot open " + file + ": " + e.getMessage(), e);
        }
        return warehouse;
    }

    /**
     * Opens an existing warehouse read-only for SQL a user typed: as {@link #openReadOnly}, then with DuckDB's access
     * to files off and its settings locked (settings/sandbox.sql), so a statement can neither read nor write a file
     * nor lift the memory cap.
     */
    public static Warehouse openSandboxed(Path file) {
        Warehouse warehouse = openReadOnly(file);
        try {
            warehouse.runScript("settings/sandbox.sql");
        } catch (SQLException e) {
            warehouse.close();
            throw new WarehouseException("cannot open " + file + ": " + e.getMessage(), e);
        }
        return warehouse;
    }

    /**
     * The storage format a new warehouse file is written in. DuckDB 2.0 (our driver) would otherwise write a format
     * that DuckDB 1.x clients (CLI, Python, R, Node) refuse to open; with this, any DuckDB from 1.0 on can read it.
     */
    static final String STORAGE_COMPATIBILITY = "v1.0.0";

    private static Connection connect(Path file, boolean readOnly) {
        NativeLibrary.load();
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        } else {
            props.setProperty("storage_compatibility_version", STORAGE_COMPATIBILITY);
        }
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
        } catch (SQLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("lock")) {
                throw new WarehouseException(file + " is in use by another process (a DuckDB file can be opened by "
                        + "one process at a time): wait for it to finish or close it, then retry", e);
            }
            throw new WarehouseException("cannot open " + file + " as a DuckDB database: " + message, e);
        }
    }

    /**
     * Rebuilds the stored metrics if they were built from another generation of the data (or by other metric SQL);
     * returns whether it did.
     */
    public boolean refreshMetrics() throws SQLException {
        return refreshMetrics(() -> { });
    }

    /** As {@link #refreshMetrics()}, running {@code beforeCommit} inside the rebuild's transaction. */
    public boolean refreshMetrics(SqlWork beforeCommit) throws SQLException {
        return refreshMetrics(beforeCommit, ProgressListener.NONE);
    }

    /** As {@link #refreshMetrics(SqlWork)}, telling {@code progress} of each metric script (phase "metrics"). */
    public boolean refreshMetrics(SqlWork beforeCommit, ProgressListener progress) throws SQLException {
        return MetricStore.refreshIfStale(this, beforeCommit, progress);
    }

    /**
     * Tells {@code listener} the name of every SQL resource run from now on ({@link #runScript}, {@link #update}),
     * after it ran; null stops it. A long piece of work that runs many scripts (the audit: one per rule) is followed
     * this way without knowing it.
     */
    public void onScript(Consumer<String> listener) {
        this.scriptListener = listener == null ? resource -> { } : listener;
    }

    /** Whether the stored metrics are behind the data (a load committed after the last rebuild). */
    public boolean metricsStale() throws SQLException {
        return MetricStore.stale(this);
    }

    /** Whether the stored audit is behind the data, or was run with other rules (or never). */
    public boolean auditStale() throws SQLException {
        if (query("metrics/state/has_generations.sql", r -> r.getLong(1)).get(0) == 0) {
            return true;
        }
        return query("audit/select_state.sql", r -> r.getLong(1) != r.getLong(2)).get(0);
    }

    public Connection connection() {
        return connection;
    }

    /** Runs every statement of a script, each on a fresh Statement (the driver closes one after an error). */
    public void runScript(String resource) throws SQLException {
        for (String sql : SqlResource.statements(resource)) {
            execute(sql);
        }
        scriptListener.accept(resource);
    }

    public void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs the single statement of a script with bound parameters; returns the update count. */
    public long update(String resource, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(resource, params)) {
            statement.execute();
            scriptListener.accept(resource);
            return Math.max(0, statement.getUpdateCount());
        }
    }

    /** Runs a query script with bound parameters and maps each row. */
    public <T> List<T> query(String resource, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(resource, params); ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    private PreparedStatement prepare(String resource, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(SqlResource.statement(resource));
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof BigDecimal d) {
                statement.setBigDecimal(i + 1, d);
            } else {
                statement.setObject(i + 1, p);
            }
        }
        return statement;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public void inTransaction(SqlWork work) throws SQLException {
        connection.setAutoCommit(false);
        Exception failure = null;
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            failure = e;
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        } finally {
            // After a failed commit (a full disk) DuckDB has no transaction left, and switching autocommit back
            // fails with "cannot commit - no transaction is active": that must not replace the failure itself.
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WarehouseException("closing " + file + ": " + e.getMessage(), e);
        }
    }

    /** Maps one result row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Work done inside a transaction. */
    @FunctionalInterface
    public interface SqlWork {
        void run() throws SQLException;
    }
}
