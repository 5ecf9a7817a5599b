package org.budgetlens.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.budgetlens.extract.ExtractRun;

/**
 * The extraction on Spark: the documents of a folder (PDF, xlsx, text forms; the files extract would read) as
 * parallel tasks, one document each, each extracted by the extractor of the {@code extract} command; written as
 * Parquet partitioned like the export ({@code fiscal_year}, {@code province_code}): {@code OUT/figure/} one row per
 * figure of the normalized format, {@code OUT/extraction_report/} one row per document with its report.
 *
 * <p>Usage: {@code ExtractJob DOCUMENTS_DIR OUT_DIR [MASTER]}. The folder must be readable by every executor (a
 * shared file system) — the tasks read the documents by path.
 */
public final class ExtractJob {

    /** The normalized format's columns (docs/normalized-format.md), then the disclosure's, then the partitions. */
    static final List<String> FIGURE_COLUMNS = List.of("table_id", "line_code", "line_name", "detail", "measure",
            "stat", "base", "value", "unit", "origin", "section", "source_line", "note", "verified");

    private ExtractJob() {
    }

    /** The extracted documents, one Spark task each. */
    public static JavaRDD<ExtractedDocument> extract(SparkSession spark, List<Path> documents) {
        List<String> paths = documents.stream().map(p -> p.toAbsolutePath().toString()).toList();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return context.parallelize(paths, Math.max(1, paths.size()))
                .map(path -> ExtractedDocument.extract(Path.of(path)));
    }

    static StructType figureSchema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("document", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("row", DataTypes.IntegerType, false));
        for (String c : List.of("agency_id", "kind", "source_doc")) {
            fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
        }
        for (String c : FIGURE_COLUMNS) {
            fields.add(DataTypes.createStructField(c, c.equals("source_line") ? DataTypes.IntegerType
                    : DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField("fiscal_year", DataTypes.IntegerType, true));
        fields.add(DataTypes.createStructField("province_code", DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }

    static StructType reportSchema() {
        return DataTypes.createStructType(List.of(
                DataTypes.createStructField("document", DataTypes.StringType, false),
                DataTypes.createStructField("agency_id", DataTypes.StringType, true),
                DataTypes.createStructField("kind", DataTypes.StringType, true),
                DataTypes.createStructField("figures", DataTypes.IntegerType, false),
                DataTypes.createStructField("problem", DataTypes.StringType, true),
                DataTypes.createStructField("report", DataTypes.StringType, false),
                DataTypes.createStructField("fiscal_year", DataTypes.IntegerType, true),
                DataTypes.createStructField("province_code", DataTypes.StringType, true)));
    }

    /** Every figure of the documents, as a row of {@link #figureSchema()}. */
    public static Dataset<Row> figures(SparkSession spark, JavaRDD<ExtractedDocument> docs) {
        JavaRDD<Row> rows = docs.flatMap(d -> {
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < d.figures().size(); i++) {
                List<String> f = d.figures().get(i);
                Object[] v = new Object[FIGURE_COLUMNS.size() + 7];
                v[0] = d.document();
                v[1] = i + 1;
                v[2] = d.header().get("agency_id");
                v[3] = d.header().get("kind");
                v[4] = d.header().get("source_doc");
                for (int c = 0; c < FIGURE_COLUMNS.size(); c++) {
                    String text = f.get(d.columns().indexOf(FIGURE_COLUMNS.get(c)));
                    v[5 + c] = FIGURE_COLUMNS.get(c).equals("source_line") ? Integer.valueOf(text) : text;
                }
                v[v.length - 2] = year(d);
                v[v.length - 1] = province(d);
                out.add(RowFactory.create(v));
            }
            return out.iterator();
        });
        return spark.createDataFrame(rows, figureSchema());
    }

    /** One row per document with its extraction report. */
    public static Dataset<Row> reports(SparkSession spark, JavaRDD<ExtractedDocument> docs) {
        JavaRDD<Row> rows = docs.map(d -> RowFactory.create(d.document(), d.header().get("agency_id"),
                d.header().get("kind"), d.figures().size(), d.problem(), d.report(), year(d), province(d)));
        return spark.createDataFrame(rows, reportSchema());
    }

    private static Integer year(ExtractedDocument d) {
        String y = d.header().getOrDefault("fiscal_year", "");
        return y.matches("\\d{4}") ? Integer.valueOf(y) : null;
    }

    /** The GB/T 2260 province prefix of the agency's region, as the export partitions; blank when undecided. */
    private static String province(ExtractedDocument d) {
        return d.regionCode() != null && d.regionCode().length() >= 2 ? d.regionCode().substring(0, 2) : "";
    }

    /** Extracts every document under {@code input} and writes the figures and reports under {@code out}. */
    public static int run(SparkSession spark, Path input, Path out) throws IOException {
        List<Path> documents = ExtractRun.documents(List.of(input));
        JavaRDD<ExtractedDocument> docs = extract(spark, documents).cache();
        figures(spark, docs).write().mode(SaveMode.ErrorIfExists).partitionBy("fiscal_year", "province_code")
                .parquet(out.resolve("figure").toUri().toString());
        reports(spark, docs).write().mode(SaveMode.ErrorIfExists).partitionBy("fiscal_year", "province_code")
                .parquet(out.resolve("extraction_report").toUri().toString());
        docs.unpersist();
        return documents.size();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: ExtractJob DOCUMENTS_DIR OUT_DIR [MASTER]");
            System.exit(2);
        }
        SparkSession spark = LocalSpark.start(args.length == 3 ? args[2] : null);
        long start = System.nanoTime();
        int n = run(spark, Path.of(args[0]), Path.of(args[1]));
        System.out.printf("extract: %d documents written to %s in %.1f s%n", n, args[1],
                (System.nanoTime() - start) / 1e9);
        spark.stop();
    }
}
