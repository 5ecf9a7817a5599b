package org.budgetlens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.budgetlens.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extraction on Spark against the extract command on the same documents (two published PDFs and a text form,
 * from the test resources): the same figures, row for row and in order, the same reports, and Parquet partitioned
 * like the export.
 */
class SparkExtractTest {

    private static final Path PDF = Path.of("src/test/resources/pdf");

    @TempDir
    static Path tmp;

    static Path docs;
    static Path sparkOut;
    static Path extractOut;
    static SparkSession spark;

    @BeforeAll
    static void extractBothWays() throws Exception {
        docs = tmp.resolve("docs");
        copy(PDF.resolve("shanghai/上海市普陀区社会福利院/2024-单位预算.pdf"), docs.resolve("welfare/2024-单位预算.pdf"));
        copy(PDF.resolve("shanghai/上海市财政局/2025-单位预算.pdf"), docs.resolve("finance/2025-单位预算.pdf"));
        copy(PDF.resolve("text-forms/上海市普陀区人民政府万里街道办事处-2023-部门预算.txt"),
                docs.resolve("wanli/2023-部门预算.txt"));
        extractOut = tmp.resolve("extract");
        Cli.Result extract = Cli.run("extract", docs.toString(), "--out", extractOut.toString());
        assertThat(extract.exitCode()).as(extract.err()).isZero();
        spark = LocalSpark.start("local[2]");
        sparkOut = tmp.resolve("spark");
        assertThat(ExtractJob.run(spark, docs, sparkOut)).isEqualTo(3);
    }

    @AfterAll
    static void stop() {
        spark.stop(); // the rest of the suite runs in this JVM: its memory back
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    @Test
    void theFiguresAreExtractsRowForRow() throws Exception {
        List<String> expected = new ArrayList<>();
        for (Path csv : files(extractOut, ".csv")) {
            if (csv.getFileName().toString().equals("agencies.csv")) {
                continue;
            }
            ExtractedDocument d = ExtractedDocument.parse(csv.toString(), Files.readString(csv, StandardCharsets.UTF_8));
            for (List<String> f : d.figures()) {
                List<String> v = new ArrayList<>(List.of(d.header().get("agency_id"), d.header().get("fiscal_year"),
                        d.header().get("kind"), d.header().get("source_doc")));
                for (String column : ExtractJob.FIGURE_COLUMNS) {
                    v.add(f.get(d.columns().indexOf(column)));
                }
                expected.add(String.join(" | ", v));
            }
        }
        List<String> actual = new ArrayList<>();
        String parquet = sparkOut.resolve("figure").toUri().toString();
        for (Row r : spark.read().parquet(parquet).orderBy("document", "row").collectAsList()) {
            List<String> v = new ArrayList<>(List.of(r.getAs("agency_id"), String.valueOf((Object) r.getAs("fiscal_year")),
                    r.getAs("kind"), r.getAs("source_doc")));
            for (String column : ExtractJob.FIGURE_COLUMNS) {
                v.add(String.valueOf((Object) r.getAs(column)));
            }
            actual.add(String.join(" | ", v));
        }
        assertThat(expected).hasSizeGreaterThan(300);
        assertThat(actual).hasSameSizeAs(expected);
        assertThat(sorted(actual)).isEqualTo(sorted(expected));
        assertThat(actual.stream().filter(a -> a.contains(" | 2024 | budget | ")).count()).isPositive();
    }

    @Test
    void theReportsAreExtractsAndTheFoldersArePartitionedLikeTheExport() throws Exception {
        List<String> expected = new ArrayList<>();
        for (Path md : files(extractOut, ".extraction.md")) {
            expected.add(Files.readString(md, StandardCharsets.UTF_8));
        }
        List<String> actual = spark.read().parquet(sparkOut.resolve("extraction_report").toUri().toString())
                .select("report").collectAsList().stream().map(r -> r.getString(0)).toList();
        assertThat(sorted(actual)).isEqualTo(sorted(expected)).hasSize(3);
        assertThat(sparkOut.resolve("figure/fiscal_year=2024/province_code=31")).isDirectory();
        assertThat(sparkOut.resolve("figure/fiscal_year=2025/province_code=31")).isDirectory();
        assertThat(sparkOut.resolve("extraction_report/fiscal_year=2023/province_code=31")).isDirectory();
    }

    private static List<Path> files(Path dir, String suffix) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static List<String> sorted(List<String> rows) {
        List<String> s = new ArrayList<>(rows);
        s.sort(null);
        return s;
    }
}
