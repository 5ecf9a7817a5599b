package org.budgetlens.export;

import java.nio.file.Path;

/** DuckDB's {@code COPY (SELECT …) TO 'path' (FORMAT parquet …)} for one table. */
final class CopyStatement {

    private CopyStatement() {
    }

    /**
     * The COPY of {@code select} to {@code target}: a folder partitioned by {@link ExportTable#PARTITION_COLUMNS},
     * or one file. DuckDB does not accept a bound parameter as COPY's target (it must be known when the statement
     * is planned), so the path goes into the SQL text as a string literal, quoted by {@link #literal}; the SELECT
     * itself comes from sql/export and takes no values.
     */
    static String of(String select, Path target, boolean partitioned) {
        String options = partitioned
                ? "FORMAT parquet, PARTITION_BY (" + String.join(", ", ExportTable.PARTITION_COLUMNS) + ")"
                : "FORMAT parquet";
        return "COPY (" + select + "\n) TO " + literal(target.toAbsolutePath().toString()) + " (" + options + ")";
    }

    /**
     * A SQL string literal: in single quotes, each single quote doubled. DuckDB reads nothing else in a standard
     * string literal as special (a backslash is a plain character), so any path survives as written.
     */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
