package org.budgetlens.export;

/** What the export wrote for one table: rows, Parquet files and their bytes. */
public record TableWritten(String table, long rows, long files, long bytes) {
}
