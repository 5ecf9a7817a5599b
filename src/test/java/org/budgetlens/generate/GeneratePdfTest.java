package org.budgetlens.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.budgetlens.Cli;
import org.budgetlens.extract.Extraction;
import org.budgetlens.extract.Extractor;
import org.budgetlens.extract.Figure;
import org.budgetlens.extract.Registry;
import org.budgetlens.extract.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate --format pdf}: every disclosure is also written as the PDF a department publishes, and the
 * project's own extractor, run on each PDF, reads the CSV's table figures back: none wrong, every table found, and at
 * least the share measured when this test was written.
 *
 * <p>Seed 9 with 6 agencies × 1 year (12 PDFs) draws every layout variant: tables in 元 and in 万元, the basic
 * table side by side, long tables continued over two pages, page numbers or none, rulings as stroked rectangles,
 * stroked lines and thin filled rectangles, the table number on its own line, the 三公 table across and down, function
 * codes in one column and split over 类 | 款 | 项. Measured when written: 2,615 of 2,621 table figures found
 * (99.77 %), 0 wrong, the 6 missed being 一般公共预算财政拨款 under 年末财政拨款结转和结余 on the 支出 side of the
 * 财政拨款收入支出决算总表 (carryover_end_gpb); read since, so every figure is found. A larger run:
 * {@code ./mvnw test -Dtest=GeneratePdfTest -Dpdf.agencies=150 -Dpdf.years=2}.
 */
class GeneratePdfTest {

    /** The share of the CSV's table figures the extractor finds in the PDFs: all of them. */
    private static final double FOUND_FLOOR = 1.0;
    /** Figures the extractor is known to miss (an extractor gap, not the renderer's): table and line. None now. */
    private static final List<String> KNOWN_GAPS = List.of();

    @TempDir
    Path tmp;

    private record Key(String table, String line, String detail, String measure, String stat) {
    }

    @Test
    void theExtractorReadsTheGeneratedPdfsBackFigureForFigure() throws Exception {
        Path out = tmp.resolve("out");
        String agencies = System.getProperty("pdf.agencies", "6");
        String years = System.getProperty("pdf.years", "1");
        Cli.Result g = Cli.run("generate", "--agencies", agencies, "--years", years, "--seed", "9", "--format",
                "pdf", "--out", out.toString());
        assertThat(g.exitCode()).as(g.err()).isZero();
        int documents = Integer.parseInt(agencies) * Integer.parseInt(years) * 2;
        assertThat(g.out()).contains("rendered: " + documents + " PDFs");
        Registry registry = Registry.read(out.resolve("agencies.csv"));
        List<Path> csvs;
        try (Stream<Path> s = Files.walk(out.resolve("qinghai"))) {
            csvs = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(csvs).hasSize(documents);
        Map<String, int[]> byTable = new TreeMap<>(); // table -> {in the CSV, found, wrong, not in the CSV}
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> tablesMissed = new ArrayList<>();
        java.util.Set<String> units = new java.util.TreeSet<>();
        for (Path csv : csvs) {
            Path pdf = csv.resolveSibling(csv.getFileName().toString().replace(".csv", ".pdf"));
            assertThat(pdf).isRegularFile();
            String name = pdf.getParent().getFileName() + "/" + pdf.getFileName();
            Map<Key, BigDecimal> expected = tableFigures(csv);
            Extraction x = Extractor.extract(SourceText.read(pdf, pdf.getFileName().toString()), registry);
            assertThat(x.meta().kind()).as(name).isEqualTo(csv.toString().endsWith("final.csv") ? "final" : "budget");
            assertThat(x.meta().agencyId()).as(name).isEqualTo(pdf.getParent().getFileName().toString());
            x.tables().forEach(t -> units.add(t.unit()));
            List<String> found = x.tables().stream().map(Extraction.FoundTable::tableId).sorted().toList();
            if (!found.equals(declaredTables(csv))) {
                tablesMissed.add(name + ": tables declared " + declaredTables(csv) + ", found " + found);
            }
            Map<Key, BigDecimal> got = new HashMap<>();
            for (Figure f : x.figures()) {
                if ("table".equals(f.origin()) && !"_table".equals(f.lineCode())) {
                    got.put(new Key(f.tableId(), f.lineCode(), f.detail(), f.measure(), f.stat()), inWan(f));
                }
            }
            for (Map.Entry<Key, BigDecimal> e : expected.entrySet()) {
                int[] c = byTable.computeIfAbsent(e.getKey().table(), k -> new int[4]);
                c[0]++;
                BigDecimal v = got.get(e.getKey());
                if (v == null) {
                    missed.add(name + " " + e.getKey().table() + "/" + e.getKey().line() + " " + e.getKey());
                } else if (v.compareTo(e.getValue()) != 0) {
                    c[2]++;
                    wrong.add(name + " " + e.getKey() + ": read " + v + ", the CSV has " + e.getValue());
                } else {
                    c[1]++;
                }
            }
            for (Key k : got.keySet()) {
                if (!expected.containsKey(k)) {
                    byTable.computeIfAbsent(k.table(), t -> new int[4])[3]++;
                    wrong.add(name + " " + k + ": read " + got.get(k) + ", not in the CSV");
                }
            }
        }
        int expected = byTable.values().stream().mapToInt(c -> c[0]).sum();
        int found = byTable.values().stream().mapToInt(c -> c[1]).sum();
        StringBuilder report = new StringBuilder("table figures of the CSVs found in their PDFs:\n");
        byTable.forEach((t, c) -> report.append(String.format(Locale.ROOT,
                "  %-16s %6d of %6d (%6.2f%%), %d wrong, %d not in the CSV%n", t, c[1], c[0],
                100.0 * c[1] / Math.max(1, c[0]), c[2], c[3])));
        report.append(String.format(Locale.ROOT, "  %-16s %6d of %6d (%6.2f%%)%n", "all", found, expected,
                100.0 * found / expected));
        missed.stream().limit(50).forEach(m -> report.append("  missed ").append(m).append('\n'));
        tablesMissed.forEach(t -> report.append("  ").append(t).append('\n'));
        System.out.println(report);
        assertThat(units).as("tables in 万元 and, in some disclosures, in 元").containsExactly("万元", "元");
        assertThat(wrong).as(report.toString()).isEmpty();
        assertThat(tablesMissed).as(report.toString()).isEmpty();
        assertThat((double) found / expected).as(report.toString()).isGreaterThanOrEqualTo(FOUND_FLOOR);
        assertThat(missed).as("misses other than the known extractor gaps")
                .allMatch(m -> KNOWN_GAPS.stream().anyMatch(gap -> m.contains(" " + gap + " ")));
    }

    @Test
    void theSameOptionsWriteTheSamePdfs() throws IOException {
        for (String dir : new String[] {"a", "b"}) {
            assertThat(Cli.run("generate", "--agencies", "2", "--years", "1", "--format", "pdf", "--out",
                    tmp.resolve(dir).toString()).exitCode()).isZero();
        }
        List<Path> pdfs;
        try (Stream<Path> s = Files.walk(tmp.resolve("a"))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).map(tmp.resolve("a")::relativize).sorted().toList();
        }
        assertThat(pdfs).hasSize(4);
        for (Path p : pdfs) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(p))).as(p.toString())
                    .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(p)));
            assertThat(tmp.resolve("a").resolve(p.toString().replace(".pdf", ".csv"))).isRegularFile();
        }
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Result r = Cli.run("generate", "--agencies", "1", "--years", "1", "--format", "docx", "--out",
                tmp.resolve("x").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--format must be csv or pdf");
    }

    /** The CSV's figures of origin table (not the _table declarations), by their identity. */
    private static Map<Key, BigDecimal> tableFigures(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        Map<Key, BigDecimal> figures = new HashMap<>();
        for (CSVRecord c : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(text.indexOf("table_id,"))))) {
            if (c.get("origin").equals("table") && !c.get("line_code").equals("_table")) {
                figures.put(new Key(c.get("table_id"), c.get("line_code"), c.get("detail"), c.get("measure"),
                        c.get("stat")), new BigDecimal(c.get("value")));
            }
        }
        return figures;
    }

    /** The table ids of the CSV's _table declarations, sorted. */
    private static List<String> declaredTables(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().filter(l -> l.contains(",_table,"))
                .map(l -> l.substring(0, l.indexOf(','))).sorted().toList();
    }

    /** An extracted value in the CSV's unit: money in 万元 (the PDF may be in 元), anything else as it is. */
    private static BigDecimal inWan(Figure f) {
        BigDecimal v = new BigDecimal(f.value().replace(",", ""));
        return switch (f.unit()) {
            case "元" -> v.movePointLeft(4);
            case "千元" -> v.movePointLeft(1);
            case "亿元" -> v.movePointRight(4);
            default -> v;
        };
    }
}
