package org.budgetlens.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.budgetlens.export.ExportTable;

/**
 * The tables of an export (export --parquet) as Spark temporary views under their warehouse names, in the base
 * table's own columns: the partition keys the export joined in are dropped, {@code disclosure.fiscal_year} (its own
 * column, read back from the folder name) is an INTEGER as stored. Partition values are read as text, so that
 * province {@code 63} stays the code it is.
 */
public final class ExportViews {

    private ExportViews() {
    }

    /** Registers every table folder the export has; returns the names registered. */
    public static List<String> register(SparkSession spark, Path exportDir) {
        spark.conf().set("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
        List<String> names = new ArrayList<>();
        for (ExportTable table : ExportTable.ALL) {
            Path folder = table.folder(exportDir);
            if (!Files.isDirectory(folder)) {
                if (!table.optional()) {
                    throw new IllegalArgumentException("not an export: no folder " + folder);
                }
                continue;
            }
            String uri = folder.toUri().toString();
            Dataset<Row> rows = spark.read().option("basePath", uri).parquet(uri);
            for (String added : table.addedColumns()) {
                rows = rows.drop(added);
            }
            if (table.partitioned() && !table.addedColumns().contains("fiscal_year")) {
                Column year = functions.col("fiscal_year").cast("int");
                rows = rows.withColumn("fiscal_year", year);
            }
            rows.createOrReplaceTempView(table.name());
            names.add(table.name());
        }
        return names;
    }
}
