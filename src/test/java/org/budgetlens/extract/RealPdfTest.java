package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real disclosures as published (PDF, src/test/resources/pdf), extracted with no registry and compared with answer
 * keys made by hand from the PDFs: every keyed figure exact on its own table, line, measure and page, none wrong,
 * none invented on a keyed table; the few keyed figures the extractor does not book are named here, each with why.
 */
class RealPdfTest {

    private static final Path PDFS = Path.of("src/test/resources/pdf");
    private static final Pattern PAGE = Pattern.compile("^(?:(\\S+\\.pdf) )?p\\. (\\d+)");

    @TempDir
    Path tmp;

    /** A keyed or extracted figure: where (file, page) and what (table, line, measure). */
    record Key(String file, int page, String tableId, String lineCode, String measure) {
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "jiangsu/中共江苏省委办公厅|2019|320000|budget|''",
        "jiangsu/江苏省人大常委会办公厅|2017|320000|budget|''",
        "jiangsu/江苏省高级人民法院|2017|320000|budget|''",
        "shanghai/上海市普陀区人民政府万里街道办事处|2023|310107|budget|''",
        // 事业单位医疗 printed with the code 7|11|02 (2101102 on the income table): not a function code, reported
        "shanghai/上海市普陀区社会福利院|2024|310107|budget|9:expenditure:71102:total;9:expenditure:71102:basic;"
                + "11:gpb_expenditure:71102:total;11:gpb_expenditure:71102:basic",
        // a municipal unit: tables over two and three pages, the 三公 table in 万元 beside tables in 元
        "shanghai/上海市财政局|2025|310000|budget|''"})
    void everyKeyedFigureOnItsOwnLineNoneWrongNoneInvented(String folder, String year, String region, String kind,
            String knownGaps) throws IOException {
        Path in = tmp.resolve("in").resolve(folder);
        Files.createDirectories(in);
        try (Stream<Path> files = Files.list(PDFS.resolve(folder))) {
            for (Path f : files.toList()) {
                Files.copy(f, in.resolve(f.getFileName().toString()));
            }
        }
        Path out = tmp.resolve("out");
        List<Path> docs = ExtractRun.documents(List.of(tmp.resolve("in")));
        ExtractRun.Summary summary = new ExtractRun(Registry.empty(), out, tmp.resolve("in")).run(docs);
        assertThat(summary.disclosures()).as("one disclosure, however many files").isEqualTo(1);

        Path csv = summary.written().get(0);
        assertThat(csv.getFileName().toString()).isEqualTo(year + "-" + kind + ".csv");
        assertThat(csv.getParent().getFileName().toString()).startsWith(region + "-");
        Map<Key, List<BigDecimal>> extracted = extractedTableFigures(csv, docs.get(0).getFileName().toString());

        String agency = folder.substring(folder.indexOf('/') + 1);
        List<CSVRecord> key = read(PDFS.resolve("keys").resolve(agency + "-" + year + ".csv"));
        Set<String> gaps = new HashSet<>(List.of(knownGaps.isEmpty() ? new String[0] : knownGaps.split(";")));
        Map<Key, List<BigDecimal>> keyed = new HashMap<>();
        Set<String> keyedTables = new HashSet<>();
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (CSVRecord r : key) {
            Key k = new Key(r.get("file"), Integer.parseInt(r.get("page")), r.get("table_id"), r.get("line_code"),
                    r.get("measure"));
            keyedTables.add(k.file() + "|" + k.page() + "|" + k.tableId());
            if (k.lineCode().equals("?") || k.measure().equals("?")) {
                continue; // the format has no agreed place for it (the key's note says why)
            }
            BigDecimal value = new BigDecimal(r.get("value"));
            keyed.computeIfAbsent(k, x -> new ArrayList<>()).add(value);
            checked++;
            List<BigDecimal> got = extracted.getOrDefault(k, List.of());
            boolean found = got.stream().anyMatch(v -> v.compareTo(value) == 0);
            String id = k.page() + ":" + k.tableId() + ":" + k.lineCode() + ":" + k.measure();
            if (!found && got.isEmpty()) {
                missing.add(id);
            } else if (!found) {
                wrong.add(id + " keyed " + value + ", extracted " + got);
            }
        }
        List<String> invented = new ArrayList<>();
        extracted.forEach((k, values) -> {
            if (keyedTables.contains(k.file() + "|" + k.page() + "|" + k.tableId())) {
                List<BigDecimal> expected = keyed.getOrDefault(k, List.of());
                for (BigDecimal v : values) {
                    if (expected.stream().noneMatch(e -> e.compareTo(v) == 0)) {
                        invented.add(k + " = " + v);
                    }
                }
            }
        });
        assertThat(checked).isGreaterThan(50);
        assertThat(wrong).as("figures booked with another value than the PDF's").isEmpty();
        assertThat(invented).as("figures on a keyed table that the key does not have").isEmpty();
        assertThat(new HashSet<>(missing)).as("keyed figures not booked").isEqualTo(gaps);

        // every table figure proved by its table's identities before it was booked: none failed, nearly all proven
        List<String> verified = readDisclosure(csv).stream().filter(r -> r.get("origin").equals("table")
                && !r.get("line_code").equals("_table")).map(r -> r.get("verified")).toList();
        assertThat(verified).doesNotContain("failed", "");
        assertThat(verified.stream().filter("proven"::equals).count()).isGreaterThanOrEqualTo(verified.size() * 98 / 100);
        // and the figures two of its tables both publish agree (the report says how many pairs were compared)
        assertThat(Files.readString(csv.resolveSibling(year + "-" + kind + ".extraction.md")))
                .containsPattern("Figures two tables both publish: [1-9]\\d* pairs compared, 0 disagree");
    }

    /** The text form of a document (another converter's) and its PDF give the same table figures. */
    @Test
    void theTextFormAndThePdfGiveTheSameFigures() throws IOException {
        String folder = "shanghai/上海市普陀区人民政府万里街道办事处";
        Path pdfIn = tmp.resolve("pdf");
        Files.createDirectories(pdfIn);
        Files.copy(PDFS.resolve(folder).resolve("2023-部门预算.pdf"), pdfIn.resolve("2023-部门预算.pdf"));
        Path txtIn = tmp.resolve("txt");
        Files.createDirectories(txtIn);
        Files.copy(PDFS.resolve("text-forms/上海市普陀区人民政府万里街道办事处-2023-部门预算.txt"),
                txtIn.resolve("2023-部门预算.txt"));
        Map<String, String> fromPdf = tableFigures(pdfIn, tmp.resolve("out-pdf"));
        Map<String, String> fromText = tableFigures(txtIn, tmp.resolve("out-txt"));
        assertThat(fromPdf).hasSizeGreaterThan(600);
        assertThat(fromText).isEqualTo(fromPdf);
    }

    private static Map<String, String> tableFigures(Path in, Path out) throws IOException {
        ExtractRun.Summary s = new ExtractRun(Registry.empty(), out, in).run(ExtractRun.documents(List.of(in)));
        Map<String, String> figures = new HashMap<>();
        for (CSVRecord r : readDisclosure(s.written().get(0))) {
            if (r.get("origin").equals("table") && !r.get("line_code").equals("_table")) {
                figures.put(String.join("|", r.get("table_id"), r.get("line_code"), r.get("detail"),
                        r.get("measure"), r.get("stat")), r.get("value").replace(",", ""));
            }
        }
        return figures;
    }

    private static Map<Key, List<BigDecimal>> extractedTableFigures(Path csv, String firstFile) throws IOException {
        Map<Key, List<BigDecimal>> out = new HashMap<>();
        for (CSVRecord r : readDisclosure(csv)) {
            if (!r.get("origin").equals("table") || r.get("line_code").equals("_table") || !r.get("stat").isEmpty()
                    || r.get("value").isBlank()) {
                continue;
            }
            Matcher m = PAGE.matcher(r.get("note"));
            assertThat(m.find()).as("a table figure of a PDF cites its page: " + r).isTrue();
            String file = m.group(1) != null ? m.group(1) : firstFile;
            Key k = new Key(file, Integer.parseInt(m.group(2)), r.get("table_id"), r.get("line_code"),
                    r.get("measure"));
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(new BigDecimal(r.get("value").replace(",", "")));
        }
        return out;
    }

    private static List<CSVRecord> readDisclosure(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#")).toList();
        try (Reader r = new java.io.StringReader(String.join("\n", lines))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
