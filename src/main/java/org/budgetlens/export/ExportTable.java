package org.budgetlens.export;

import java.nio.file.Path;
import java.util.List;

/**
 * One base table of the warehouse as the export writes it: a folder of Parquet files named after the table. The
 * export holds the base tables, not the analyst views, because the views and the metric SQL read the base tables:
 * over these folders the same SQL files recreate every view and metric unchanged.
 *
 * @param name         the base table, and the folder it is written to
 * @param partitioned  whether the folder is Hive-partitioned by {@link #PARTITION_COLUMNS}; a small dimension
 *                     without a fiscal year is one file
 * @param addedColumns partition columns the export joins in that the base table does not have; a reader that wants
 *                     the table's own shape leaves them out
 * @param optional     whether an older warehouse may lack the table (then it is skipped)
 */
public record ExportTable(String name, boolean partitioned, List<String> addedColumns, boolean optional) {

    /** The Hive partition keys, outermost first: {@code fiscal_year=2024/province_code=65/}. */
    public static final List<String> PARTITION_COLUMNS = List.of("fiscal_year", "province_code");

    /**
     * Every table the export writes: what the views of sql/views and sql/metrics read. Not written: the ingest's
     * own bookkeeping (loaded_file, generations, schema_info) and the stored metrics, which are recomputed.
     */
    public static final List<ExportTable> ALL = List.of(
            new ExportTable("agency", false, List.of(), false),
            new ExportTable("disclosure", true, List.of("province_code"), false),
            new ExportTable("disclosure_table", true, PARTITION_COLUMNS, false),
            new ExportTable("line_item", true, PARTITION_COLUMNS, false),
            new ExportTable("fact", true, PARTITION_COLUMNS, false),
            new ExportTable("audit_rule", false, List.of(), true),
            new ExportTable("audit_result", true, PARTITION_COLUMNS, true),
            new ExportTable("reject", false, List.of(), false),
            new ExportTable("load_run", false, List.of(), false));

    /** The SELECT that feeds the table's COPY (sql/export/NAME.sql). */
    String selectResource() {
        return "export/" + name + ".sql";
    }

    /** The table's folder under an export. */
    public Path folder(Path exportDir) {
        return exportDir.resolve(name);
    }
}
