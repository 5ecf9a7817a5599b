package org.budgetlens.cli;

import java.sql.SQLException;
import java.util.Optional;

import org.budgetlens.warehouse.Warehouse;

/**
 * What DuckDB's own parser makes of the text given to {@code sql} (sql/sandbox/parse_statement.sql), before any of it
 * runs: the number of SELECT statements in it, or why it holds something else. The driver would run every statement
 * of a text, so only a text that is exactly one SELECT may run. Counting by DuckDB's parser, not by splitting at
 * semicolons, leaves no doubt about a semicolon inside a string, a quoted name or a comment.
 */
record AdHocStatement(boolean failed, String errorType, String errorMessage, int selects) {

    /** What may run, said by every refusal. */
    static final String ALLOWED = "ad-hoc SQL runs one read-only SELECT (also WITH …, FROM …, DESCRIBE, SHOW, "
            + "SUMMARIZE) over the warehouse's views and tables";

    static AdHocStatement parse(Warehouse warehouse, String text) throws SQLException {
        return warehouse.query("sandbox/parse_statement.sql", r -> new AdHocStatement(r.getBoolean("failed"),
                r.getString("error_type"), r.getString("error_message"), r.getInt("selects")), text).get(0);
    }

    /** Why the text may not run, or empty when it is exactly one SELECT. */
    Optional<String> refusal() {
        if (!failed && selects == 1) {
            return Optional.empty();
        }
        if (!failed) {
            return Optional.of(selects == 0 ? "no statement given: " + ALLOWED
                    : selects + " statements given, one is allowed: " + ALLOWED);
        }
        if ("parser".equals(errorType)) {
            return Optional.of("Parser Error: " + errorMessage);
        }
        if ("not implemented".equals(errorType)) {
            return Optional.of("only a SELECT may run: " + ALLOWED + ". Statements that change data or settings or "
                    + "touch files (INSERT, CREATE, COPY, EXPORT, ATTACH, SET, PRAGMA, INSTALL, LOAD …) are refused: "
                    + "load data with 'budgetlens ingest', write Parquet with 'budgetlens export', CSV with "
                    + "--format csv");
        }
        return Optional.of("DuckDB could not read the statement (" + errorMessage + "): " + ALLOWED);
    }

    /** Whether DuckDB's query('…') table function refused a text that is not one SELECT. */
    static boolean innerRefusal(String duckdbMessage) {
        return duckdbMessage.contains("Expected a single SELECT statement");
    }

    /** Whether DuckDB refused a file, an extension or a setting because of the sandbox (settings/sandbox.sql). */
    static boolean sandboxRefusal(String duckdbMessage) {
        return duckdbMessage.startsWith("Permission Error")
                || duckdbMessage.contains("disabled by configuration")
                || duckdbMessage.contains("disabled through configuration")
                || duckdbMessage.contains("the configuration has been locked");
    }
}
