package org.budgetlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;

import org.budgetlens.warehouse.Warehouse;
import org.budgetlens.warehouse.WarehouseException;

/**
 * Runs a command's work on the warehouse opened read-only, warns when its stored metrics or its audit are older than
 * its data, and turns failures into exit codes: the warehouse cannot be opened (1), the statement was refused or
 * failed (2, with DuckDB's message explained).
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
        try (Warehouse warehouse = Warehouse.openReadOnly(db)) {
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
        return message;
    }
}
