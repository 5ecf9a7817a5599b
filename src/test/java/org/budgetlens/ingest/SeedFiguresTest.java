package org.budgetlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingests the bundled data/ into a fresh warehouse and checks the seed figures through the sql command. */
class SeedFiguresTest {

    @TempDir
    static Path tmp;

    static Path db;
    static Cli.Result ingest;

    @BeforeAll
    static void ingestData() {
        db = tmp.resolve("w.duckdb");
        ingest = Cli.ingest(db, RepoData.DATA);
    }

    @Test
    void everyRecordOfDataLoads() {
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("files:   5 found = 5 loaded + 0 unchanged (skipped)"
                + " + 0 rejected + 0 dropped")
                .contains(String.format(java.util.Locale.ROOT, "records: %,d read = %,d loaded + 0 rejected",
                        RepoData.recordCount(RepoData.DATA), RepoData.recordCount(RepoData.DATA)))
                .contains("rejects: none");
        assertThat(Cli.sqlCsv(db, "SELECT disclosure_id, kind, fiscal_year, region_code FROM disclosures ORDER BY 1"))
                .containsExactly("disclosure_id,kind,fiscal_year,region_code",
                        "630103-ylbzj/2024/final,final,2024,630103",
                        "650100-ylbzj-hz/2022/budget,budget,2022,650100",
                        "650104-ylbzj/2023/performance,performance,2023,650104",
                        "650104-ylbzj/2024/final,final,2024,650104");
    }

    @Test
    void xiningFinalAccountTables() {
        String q = "SELECT measure, amount FROM line_items WHERE disclosure_id = '630103-ylbzj/2024/final' "
                + "AND table_id = 'gpb_expenditure' AND line_code = '%s' AND stat = '' AND origin = 'table' "
                + "ORDER BY measure";
        assertThat(Cli.sqlCsv(db, q.formatted("total")))
                .containsExactly("measure,amount", "basic,208.88", "project,456.50", "total,665.38");
        assertThat(Cli.sqlCsv(db, q.formatted("2101103")))
                .containsExactly("measure,amount", "basic,2.15", "project,402.51", "total,404.66");
        assertThat(Cli.sqlValue(db, "SELECT line_name || ' @ ' || source_doc || ':' || source_line FROM line_items "
                + "WHERE disclosure_id = '630103-ylbzj/2024/final' AND table_id = 'gpb_expenditure' "
                + "AND line_code = '2101103' AND measure = 'total' AND origin = 'table'"))
                .isEqualTo("公务员医疗补助 @ sources/004_5010c9f98508a758.txt:249");
    }

    @Test
    void urumqiCityBudget() {
        assertThat(Cli.sqlValue(db, "SELECT amount FROM line_items WHERE disclosure_id = '650100-ylbzj-hz/2022/budget'"
                + " AND table_id = 'summary' AND line_code = 'income_grand_total' AND origin = 'table'"))
                .isEqualTo("1481.37");
        assertThat(Cli.sqlValue(db, "SELECT amount FROM line_items WHERE disclosure_id = '650100-ylbzj-hz/2022/budget'"
                + " AND table_id = 'gpb_basic' AND line_code = 'total' AND measure = 'personnel' AND origin = 'table'"))
                .isEqualTo("1084.97");
    }

    @Test
    void highTechZoneFinalAccountFromTheNarrativeAlone() {
        assertThat(Cli.sqlCsv(db, "SELECT measure, amount, origin, source_line FROM line_items "
                + "WHERE disclosure_id = '650104-ylbzj/2024/final' AND table_id = 'expenditure' "
                + "AND line_code = 'total' AND measure IN ('total', 'basic') AND stat = '' ORDER BY measure"))
                .containsExactly("measure,amount,origin,source_line", "basic,92.53,narrative,81",
                        "total,123.93,narrative,81");
        assertThat(Cli.sqlValue(db, "SELECT count(*) FROM line_items WHERE disclosure_id = '650104-ylbzj/2024/final' "
                + "AND origin = 'table' AND table_id NOT LIKE 'perf_%'")).isEqualTo("0");
    }

    @Test
    void narrativeChangeYieldsThePriorYear() {
        assertThat(Cli.sqlCsv(db, "SELECT figure_year, amount, derivation FROM line_items_by_year "
                + "WHERE disclosure_id = '650104-ylbzj/2024/final' AND table_id = 'summary' "
                + "AND line_code = 'expenditure_grand_total' AND measure = 'total' ORDER BY figure_year"))
                .containsExactly("figure_year,amount,derivation", "2023,82.36,123.93 - 41.57",
                        "2024,123.93,");
    }

    @Test
    void factsHoldHeadcountsAndStatedPercentages() {
        assertThat(Cli.sqlCsv(db, "SELECT value, unit FROM facts WHERE disclosure_id = "
                + "'650100-ylbzj-hz/2022/budget' AND name = 'org.staff_actual.count' AND stat = ''"))
                .containsExactly("value,unit", "94.00,人");
        assertThat(Cli.sqlValue(db, "SELECT value FROM facts WHERE disclosure_id = '630103-ylbzj/2024/final' "
                + "AND name = 'gpb_expenditure.total.total:pct' AND base = 'total:budget_initial'"))
                .isEqualTo("88.54");
    }

    /**
     * The answer key's provenance: every figure's published value appears on the line of the original document its
     * row cites (PDF conversion may have put spaces inside numbers).
     */
    @Test
    void everyFigureIsOnItsCitedSourceLine() throws IOException {
        List<String> rows = Cli.sqlCsv(db, "SELECT source_doc, source_line, source_value, disclosure_id, table_id, "
                + "line_code, measure, stat FROM (SELECT source_doc, source_line, source_value, disclosure_id, "
                + "table_id, line_code, measure, stat, origin FROM line_items UNION ALL SELECT source_doc, "
                + "source_line, source_value, disclosure_id, table_id, line_code, measure, stat, origin FROM facts) "
                + "WHERE origin <> 'derived' AND source_value IS NOT NULL");
        assertThat(rows).hasSizeGreaterThan(1000);
        List<String> misplaced = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", -1);
            List<String> lines = Files.readAllLines(RepoData.DATA.resolve(f[0]), StandardCharsets.UTF_8);
            int line = Integer.parseInt(f[1]);
            String sourceLine = line <= lines.size() ? lines.get(line - 1).replaceAll("\\s", "") : "";
            String number = f[2].replaceFirst("^\\+", "").replaceFirst("^-", "");
            if (!sourceLine.contains(number) && !sourceLine.contains(trimZeros(number))) {
                misplaced.add(row);
            }
        }
        assertThat(misplaced).as("figures whose value is not on their source line").isEmpty();
    }

    private static String trimZeros(String number) {
        return number.contains(".") ? number.replaceAll("0+$", "").replaceAll("\\.$", "") : number;
    }
}
