package org.budgetlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Function;

import org.budgetlens.warehouse.Warehouse;
import org.budgetlens.warehouse.WarehouseException;

/**
 * Runs a command's work on the warehouse opened read-only, warns when its stored metrics or its audit are older than
 * its data, and turns failures into exit codes: the warehouse cannot be opened or a disk is full (1, as
 * {@link Failures} says it), the statement was refused or failed (2, with DuckDB's message explained).
 */
final class ReadOnlyWarehouse {

    /** Work on the open warehouse; returns the exit code. */
    @FunctionalInterface
    interface Work {
        int run(Warehouse warehouse) throws SQLException;
    }

    private ReadOnlyWarehouse() {
    }

    static int run(Path db, PrintWriter err, Work work) {
        return run(db, Warehouse::openReadOnly, err, work);
    }

    /** As {@link #run}, on a connection that reads no file and changes no setting (Warehouse.openSandboxed). */
    static int sandboxed(Path db, PrintWriter err, Work work) {
        return run(db, Warehouse::openSandboxed, err, work);
    }

    private static int run(Path db, Function<Path, Warehouse> open, PrintWriter err, Work work) {
        try (Warehouse warehouse = open.apply(db)) {
            if (warehouse.metricsStale()) {
                err.println("warning: the stored metrics are older than the data (an ingest stopped before it "
                        + "finished): run 'budgetlens ingest' again to rebuild them");
            }
            if (warehouse.auditStale()) {
                err.println("warning: the audit findings are older than the data (an ingest stopped before it "
                        + "finished): run 'budgetlens ingest' again to audit it");
            }
            return work.run(warehouse);
        } catch (WarehouseException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (SQLException e) {
            if (Failures.diskFull(e) != null) {
                return Failures.report(e, err); // a large sort spilling to a full temp dir is no usage error
            }
            err.println("error: " + explain(e));
            return ExitCode.USAGE;
        }
    }

    static String explain(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("read-only mode")) {
            return "the warehouse is opened read-only for ad-hoc SQL, so statements that change or drop data "
                    + "(INSERT, UPDATE, DELETE, CREATE, DROP, ALTER …) are refused. Load data with 'budgetlens ingest'. "
                    + "(DuckDB said: " + message + ")";
        }
        String firstLine = message.lines().findFirst().orElse("");
        if (AdHocStatement.sandboxRefusal(message)) {
            return "reading or writing files, loading extensions and changing settings are refused: "
                    + AdHocStatement.ALLOWED + " (DuckDB said: " + firstLine + ")";
        }
        if (AdHocStatement.innerRefusal(message)) {
            return "only a SELECT may run, inside query('…') too: " + AdHocStatement.ALLOWED + " (DuckDB said: "
                    + firstLine + ")";
        }
        return message;
    }
}
