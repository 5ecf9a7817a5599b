package org.budgetlens.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.budgetlens.metrics.NamedQuery;
import org.budgetlens.metrics.QueryFilter;
import org.budgetlens.warehouse.SqlResource;
import org.budgetlens.warehouse.Warehouse;

/**
 * The metric SQL on Spark: reads an export (export --parquet), runs the warehouse's own view and metric files
 * (Warehouse.viewScripts(), translated by {@link SparkDialect}) over it, and writes every view and every named query
 * (over the whole export) as Parquet, one folder each: {@code OUT/views/<view>/}, {@code OUT/queries/<query>/}.
 *
 * <p>Usage: {@code MetricJob EXPORT_DIR OUT_DIR [MASTER]} (MASTER e.g. {@code local[2]}; left out under
 * spark-submit, which sets it).
 */
public final class MetricJob {

    private static final Pattern VIEW = Pattern.compile("(?i)^(?:CACHE TABLE|CREATE OR REPLACE TEMPORARY VIEW) (\\w+)");
    private static final Pattern STORED = Pattern.compile("(?s)^CACHE TABLE (\\w+) AS (.*)$");
    private static final Pattern PARAMETER = Pattern.compile(":p(\\d+)");

    private final SparkSession spark;
    private final SparkDialect dialect = new SparkDialect();
    private final List<String> views = new ArrayList<>();

    private MetricJob(SparkSession spark) {
        this.spark = spark;
    }

    /** The export's tables registered and every view of the warehouse created over them, stores cached. */
    public static MetricJob over(SparkSession spark, Path exportDir) {
        MetricJob job = new MetricJob(spark);
        ExportViews.register(spark, exportDir);
        for (String script : Warehouse.viewScripts()) {
            for (String statement : job.dialect.translateAll(SqlResource.statements(script))) {
                job.run(statement);
            }
        }
        return job;
    }

    private void run(String statement) {
        long start = System.nanoTime();
        try {
            Matcher stored = STORED.matcher(statement);
            if (stored.matches()) {
                // computed once and kept, its plan cut: later statements read the rows, not the query again
                spark.sql(stored.group(2)).localCheckpoint(true).createOrReplaceTempView(stored.group(1));
            } else {
                spark.sql(statement);
            }
            if (System.getProperty("budgetlens.spark.timing") != null) {
                System.err.printf("%.1f s %s%n", (System.nanoTime() - start) / 1e9, statement.lines().findFirst().orElse(""));
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("Spark refused the translated statement: " + e.getMessage()
                    + "\n" + statement, e);
        }
        Matcher m = VIEW.matcher(statement);
        if (m.find() && !m.group(1).endsWith("_store")) {
            views.add(m.group(1));
        }
    }

    /** The views of the warehouse (the {@code *_live} steps too, not the stored tables), in the order created. */
    public List<String> views() {
        return List.copyOf(views);
    }

    /** A view's rows. */
    public Dataset<Row> view(String name) {
        return spark.table(name);
    }

    /** A DuckDB SELECT, in the warehouse's dialect (its macros included), translated and run. */
    public Dataset<Row> sql(String duckdb) {
        return spark.sql(dialect.translate(duckdb).get(0));
    }

    /** A named query with the filter's values bound to the parameters it uses. */
    public Dataset<Row> query(NamedQuery query, QueryFilter filter) {
        List<String> statements = dialect.translate(query.sql());
        String sql = statements.get(0);
        Object[] values = filter.parameters();
        Map<String, Object> args = new HashMap<>();
        Matcher m = PARAMETER.matcher(sql);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            args.put("p" + n, values[n - 1]);
        }
        return spark.sql(sql, args);
    }

    /** Every view and every named query (no filter; peers by province) written under {@code out}. */
    public void writeAll(Path out) {
        write(out, views, NamedQuery.all());
    }

    /** The given views and named queries (no filter; peers by province) written under {@code out}. */
    public void write(Path out, List<String> viewNames, List<NamedQuery> queries) {
        for (String view : viewNames) {
            view(view).write().mode(SaveMode.ErrorIfExists).parquet(out.resolve("views").resolve(view).toUri()
                    .toString());
        }
        QueryFilter all = new QueryFilter(null, null, null, null, null, Set.of("province"));
        for (NamedQuery query : queries) {
            query(query, all).write().mode(SaveMode.ErrorIfExists).parquet(out.resolve("queries")
                    .resolve(query.name()).toUri().toString());
        }
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: MetricJob EXPORT_DIR OUT_DIR [MASTER]");
            System.exit(2);
        }
        SparkSession spark = LocalSpark.start(args.length == 3 ? args[2] : null);
        long start = System.nanoTime();
        MetricJob job = over(spark, Path.of(args[0]));
        long computed = System.nanoTime();
        job.writeAll(Path.of(args[1]));
        System.out.printf("metrics: %d views computed in %.1f s; they and %d named queries written to %s in %.1f s%n",
                job.views().size(), (computed - start) / 1e9, NamedQuery.NAMES.size(), args[1],
                (System.nanoTime() - computed) / 1e9);
        spark.stop();
    }
}
