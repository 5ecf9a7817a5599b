package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The four seed documents extracted and compared, figure for figure, with the hand-normalized answer keys in data/:
 * no invented figure, and recall at least what is measured today (docs/extraction.md).
 */
class ExtractSeedsTest {

    private static Registry registry;

    @BeforeAll
    static void registry() throws IOException {
        registry = Registry.read(RepoData.DATA.resolve("agencies.csv"));
    }

    static Extraction extract(String source) throws Exception {
        Path doc = RepoData.DATA.resolve("sources").resolve(source);
        return Extractor.extract(SourceText.read(doc, "sources/" + source), registry);
    }

    /** (table_id, line_code, measure, stat, value, source_line) of every valued row of a normalized file. */
    static List<String> keys(String csv) throws IOException {
        String body = csv.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
        List<String> keys = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(body))) {
            if (r.get("line_code").equals("_table") || r.get("value").isBlank()) {
                continue;
            }
            String v = new BigDecimal(r.get("value").replace(",", "")).stripTrailingZeros().toPlainString();
            keys.add(String.join(",", r.get("table_id"), r.get("line_code"), r.get("measure"), r.get("stat"), v,
                    r.get("source_line"), r.get("origin")));
        }
        return keys;
    }

    private static String withoutOrigin(String key) {
        return key.substring(0, key.lastIndexOf(','));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "000_67b8e3e9cee5b1e2.txt, xinjiang/urumqi/650104-ylbzj/2024-final.csv, 650104-ylbzj, 2024, final, 1.0, 1.0",
        "001_cd7f2cff915a66a5.txt, xinjiang/urumqi/650104-ylbzj/2023-performance.csv, 650104-ylbzj, 2023, "
            + "performance, 1.0, 1.0",
        "002_97fb237385449d05.txt, xinjiang/urumqi/650100-ylbzj-hz/2022-budget.csv, 650100-ylbzj-hz, 2022, budget,"
            + " 1.0, 1.0",
        "004_5010c9f98508a758.txt, qinghai/xining/630103-ylbzj/2024-final.csv, 630103-ylbzj, 2024, final, 1.0, 1.0"})
    void matchesTheAnswerKey(String source, String answer, String agency, String year, String kind, double floor,
            double tableFloor) throws Exception {
        Extraction x = extract(source);
        assertThat(x.meta().agencyId()).isEqualTo(agency);
        assertThat(x.meta().fiscalYear()).isEqualTo(year);
        assertThat(x.meta().kind()).isEqualTo(kind);
        assertThat(x.problems()).isEmpty();

        List<String> key = keys(Files.readString(RepoData.DATA.resolve(answer), StandardCharsets.UTF_8));
        List<String> got = keys(DisclosureCsv.render(x));
        List<String> keyBare = new ArrayList<>(key.stream().map(ExtractSeedsTest::withoutOrigin).toList());
        List<String> invented = new ArrayList<>();
        for (String g : got) {
            if (!keyBare.remove(withoutOrigin(g))) {
                invented.add(g);
            }
        }
        List<String> gotBare = new ArrayList<>(got.stream().map(ExtractSeedsTest::withoutOrigin).toList());
        List<String> missed = new ArrayList<>();
        for (String k : key) {
            if (!gotBare.remove(withoutOrigin(k))) {
                missed.add(k);
            }
        }
        double recall = (key.size() - missed.size()) / (double) key.size();
        List<String> keyTables = key.stream().filter(k -> k.endsWith(",table")).toList();
        long tablesMissed = missed.stream().filter(keyTables::contains).count();
        double tableRecall = keyTables.isEmpty() ? 1.0 : (keyTables.size() - tablesMissed) / (double) keyTables.size();
        System.out.printf(Locale.ROOT, "%s: key %d, extracted %d, missed %d, not in key %d, recall %.3f, "
                + "table recall (绩效 included) %.3f%n", source, key.size(), got.size(), missed.size(), invented.size(),
                recall, tableRecall);
        missed.forEach(m -> System.out.println("  missed      " + m));
        invented.forEach(m -> System.out.println("  not in key  " + m));

        assertThat(invented).as("figures the answer key does not have").isEmpty();
        assertThat(recall).isGreaterThanOrEqualTo(floor);
        assertThat(tableRecall).isGreaterThanOrEqualTo(tableFloor);
    }

    /** The agency names of every seed: the registry decides, the report says how. */
    @ParameterizedTest
    @CsvSource({"000_67b8e3e9cee5b1e2.txt", "002_97fb237385449d05.txt", "004_5010c9f98508a758.txt"})
    void reportListsTablesAndDecisions(String source) throws Exception {
        Extraction x = extract(source);
        String report = ExtractionReport.render(x);
        assertThat(report).contains("## Tables found").contains("## Required tables missing")
                .contains("## Figures").contains("## Looked like a figure, not used");
        Map<String, Long> byTable = x.tables().stream()
                .collect(Collectors.groupingBy(Extraction.FoundTable::tableId, Collectors.counting()));
        if (source.startsWith("004")) {
            assertThat(byTable.keySet()).contains("summary", "income", "expenditure", "fiscal_summary",
                    "gpb_expenditure", "gpb_basic", "gov_fund", "soe_capital", "three_public", "admin_running",
                    "procurement");
            assertThat(x.missingTables()).isEmpty();
            assertThat(x.unused()).anySatisfy(u -> {
                assertThat(u.line()).isEqualTo(287);
                assertThat(u.text()).isEqualTo("399");
            });
        }
        if (source.startsWith("000")) {
            assertThat(x.tables()).allSatisfy(t -> assertThat(t.tableId()).startsWith("perf_"));
            assertThat(x.missingTables()).isNotEmpty();
        }
    }
}
