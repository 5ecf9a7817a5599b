package org.budgetlens.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.budgetlens.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input}, one file per case, listed in its README.md). The real
 * ingest job runs once over the whole corpus into a fresh warehouse; each case is then checked through the sql
 * command: the exact reject reason and file line of every rejected record of the file, and that the good records of
 * the same file loaded (row counts, one amount).
 *
 * <p>Most disclosure cases share one layout: front matter on lines 1-5, the header on line 6, a {@code _table} row on
 * line 7, the 合计 665.38 on line 8, the bad record(s) from line 9, and a last good record 2101103 公务员医疗补助
 * 404.66 after them.
 */
class BadInputCorpusTest {

    private static final String COLUMNS =
            "table_id,line_code,line_name,detail,measure,stat,base,value,unit,origin,section,source_line,note";
    private static final String FIELD_COUNT_HINT = " (a missing or extra comma, or an unquoted comma inside a field)";
    private static final String NOT_A_NUMBER = " is not a number: expected digits with an optional sign and decimal "
            + "point (1234.56, -5.18, 1,234.56), or blank / - for unknown";
    private static final String FUNCTION_CODES = "expected a function classification code (2xx, 2xxxx or 2xxxxxx, "
            + "e.g. 2101103), or one of: total";
    private static final String NOT_BUDGETLENS = "file rejected: not a budgetlens file: a disclosure starts with the "
            + "line '# budgetlens-disclosure: 1' and a registry is named agencies.csv (see docs/normalized-format.md)";
    private static final String NOT_UTF8_NOR_GB = "file rejected: the file is neither UTF-8 nor GB18030/GBK";

    @TempDir
    static Path tmp;

    static Path corpus;
    static Path db;
    static Cli.Result ingest;

    @BeforeAll
    static void ingestCorpus() throws IOException, URISyntaxException {
        Path source = Path.of(BadInputCorpusTest.class.getResource("/bad-input").toURI());
        corpus = tmp.resolve("bad-input");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.sorted().toList()) {
                Path target = corpus.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        db = tmp.resolve("w.duckdb");
        ingest = Cli.ingest(db, corpus);
    }

    // ---- the run as a whole ------------------------------------------------------------------------------------

    @Test
    void runFinishesWithRejectsAndBalancedCounts() {
        assertThat(ingest.exitCode()).as(ingest.err()).isEqualTo(3);
        assertThat(ingest.out())
                .contains("files:   68 found = 49 loaded + 0 unchanged (skipped) + 19 rejected + 0 dropped")
                .contains("records: 248 read = 166 loaded + 82 rejected")
                .contains("rejects: 92 listed in ");
        assertThat(value("SELECT count(*) FROM rejects")).isEqualTo("92");
    }

    @Test
    void everyCorpusFileIsLoadedOrRejected() throws IOException {
        Set<String> inCorpus = new TreeSet<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            files.filter(p -> p.toString().endsWith(".csv")).forEach(p -> inCorpus.add(p.toString()));
        }
        Set<String> accounted = new TreeSet<>();
        rows("SELECT source_file FROM disclosures UNION SELECT source_file FROM rejects "
                + "UNION SELECT registry_file FROM agencies").forEach(r -> accounted.add(r.get(0)));
        assertThat(accounted).isEqualTo(inCorpus);
    }

    // ---- field count -------------------------------------------------------------------------------------------

    @Test
    void tooManyFields() {
        file("field-count-too-many.csv")
                .rejects(at(9, "has 14 fields, expected 13" + FIELD_COUNT_HINT))
                .record(9, "gpb_expenditure,2101102,行政单位医疗,,total,,,1.00,万元,table,,248,,extra")
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void tooFewFields() {
        file("field-count-too-few.csv")
                .rejects(at(9, "has 12 fields, expected 13" + FIELD_COUNT_HINT))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void unquotedCommaInsideAField() {
        file("field-unquoted-comma.csv")
                .rejects(at(9, "has 14 fields, expected 13" + FIELD_COUNT_HINT))
                .loads(3, 0).amount("2101103", "404.66");
        assertThat(value("SELECT detail FROM line_items WHERE source_file = " + quote(path("field-unquoted-comma.csv"))
                + " AND line_code = '2101101'")).as("a quoted comma is fine").isEqualTo("医疗保障,救助");
    }

    @Test
    void fieldLongerThan4000Characters() {
        Case c = file("field-too-long.csv")
                .rejects(at(9, "note is 4001 characters long (at most 4000)"))
                .loads(2, 0).amount("2101103", "404.66");
        assertThat(c.recordAt(9)).as("the reject report shortens the record")
                .startsWith("gpb_expenditure,2101102,行政单位医疗,,total,,,1.20,万元,table,,248,长长")
                .endsWith("… (4060 characters)").hasSize(1000 + "… (4060 characters)".length());
    }

    @Test
    void blankLinesAreSkipped() {
        Case c = file("blank-lines.csv").loads(2, 0).amount("2101103", "404.66").amount("total", "665.38");
        assertThat(c.rejectRows()).hasSize(1);
        assertThat(c.rejectRows().get(0).get(1)).isEqualTo("value 'x1.00'" + NOT_A_NUMBER);
        assertThat(c.rejectRows().get(0).get(3))
                .isEqualTo("gpb_expenditure,2101102,行政单位医疗,,total,,,x1.00,万元,table,,248,");
    }

    @Test
    void blankLinesKeepPhysicalLineNumbers() {
        file("blank-lines.csv").rejects(at(13, "value 'x1.00'" + NOT_A_NUMBER));
        assertThat(rows("SELECT line_code, file_line FROM line_items WHERE source_file = "
                + quote(path("blank-lines.csv")) + " ORDER BY file_line"))
                .containsExactly(List.of("total", "11"), List.of("2101103", "14"));
    }

    // ---- value spellings ---------------------------------------------------------------------------------------

    @Test
    void valueWithLetters() {
        file("value-letters.csv")
                .rejects(at(9, "value 'N/A'" + NOT_A_NUMBER), at(10, "value '无'" + NOT_A_NUMBER))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void valueWithBadThousandsGrouping() {
        String hint = " has thousands separators that do not group three digits: write 1234.56 or 1,234.56";
        file("value-bad-grouping.csv")
                .rejects(at(9, "value '12,3456'" + hint), at(10, "value '1,23.4'" + hint))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void valueWithASpaceInside() {
        file("value-space-inside.csv")
                .rejects(at(9, "value '665. 39' has a space inside a number (a PDF conversion often splits numbers): "
                        + "write it without spaces, e.g. 665.39"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void valueWithAPercentSign() {
        file("value-percent-sign.csv")
                .rejects(at(9, "value '88.54%' contains %: put the number in value and % in the unit column"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void valueWithAUnitInside() {
        file("value-wan-suffix.csv")
                .rejects(at(9, "value '12.5万' contains a unit: put the number in value and the unit (万元, 元, 亿元) "
                        + "in the unit column"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void valueInParentheses() {
        file("value-parenthesized.csv")
                .rejects(at(9, "value '(12.50)' is a parenthesized negative: write it with a minus sign, e.g. -12.50"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void valueInExponentNotation() {
        file("value-exponent.csv")
                .rejects(at(9, "value '1e3'" + NOT_A_NUMBER))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void valueWithTooManyDecimalsOrDigits() {
        file("value-out-of-range.csv")
                .rejects(at(9, "value 12345.675 元 has more than 6 decimal places once converted to 万元"),
                        at(10, "value 12345678901234567 is too large (at most 16 digits before the decimal point)"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void acceptedValueSpellingsLoadWithTheirValue() {
        file("value-accepted-spellings.csv").rejects().loads(14, 1);
        // read through sql --format csv: a dash kept as written prints with an apostrophe, like any text a
        // spreadsheet would take for a formula (docs/reliability.md)
        assertThat(rows("SELECT line_code, coalesce(CAST(amount AS VARCHAR), 'NULL'), coalesce(source_value, 'NULL'), "
                + "source_unit FROM line_items WHERE source_file = " + quote(path("value-accepted-spellings.csv"))
                + " ORDER BY file_line").stream().map(r -> String.join("|", r)).toList())
                .containsExactly(
                        "2101101|1234.560000|1,234.56|万元",
                        "2101102|123.450000|１２３．４５|万元",
                        "2101103|-5.000000|－５|万元",
                        "2101104|NULL|NULL|万元",
                        "2101105|NULL|'-|万元",
                        "2101106|NULL|—|万元",
                        "2101107|NULL|'--|万元",
                        "2101108|0.000000|0.00|万元",
                        "2101109|12.300000|12.30|万元",
                        "2101110|3.000000|+3|万元",
                        "2101111|1.234567|12345.67|元",
                        "2101112|15000.000000|1.5|亿元",
                        "2101199|7.250000|7.25|万元",
                        "2101113|NULL|——|万元");
        assertThat(rows("SELECT value, unit, base FROM facts WHERE source_file = "
                + quote(path("value-accepted-spellings.csv")) + " AND name = 'gpb_expenditure.total.total:pct'"))
                .containsExactly(List.of("88.54", "%", "total:budget_initial"));
    }

    // ---- table, measure, line code -----------------------------------------------------------------------------

    @Test
    void unknownTable() {
        file("unknown-table.csv")
                .rejects(at(9, "unknown table_id 'gpb_expenditures': expected one of summary, income, expenditure, "
                        + "fiscal_summary, fiscal_expenditure, fiscal_basic, gpb_expenditure, gpb_basic, gpb_project, gov_fund, soe_capital, three_public, "
                        + "admin_running, procurement, assets, org, perf_dept, perf_project"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void unknownMeasureForTheTable() {
        file("unknown-measure.csv")
                .rejects(at(9, "measure 'fiscal' is not a measure of table gpb_expenditure: expected one of total, "
                        + "basic, project, budget_initial, budget_full_year, executed"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void functionCodeOfTheWrongLength() {
        file("line-code-wrong-length.csv")
                .rejects(at(9, "line_code '2101' is not valid in table gpb_expenditure: " + FUNCTION_CODES))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void economicCodeInAFunctionTable() {
        file("line-code-economic-in-function-table.csv")
                .rejects(at(9, "line_code '30201' is not valid in table gpb_expenditure: " + FUNCTION_CODES))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void unknownNamedLine() {
        file("line-code-unknown-named-line.csv")
                .rejects(at(9, "line_code 'income' is not valid in table summary: expected a function classification "
                        + "类 code (2xx, e.g. 210), or one of: fiscal, gpb, gov_fund, soe, special_account, superior, "
                        + "business, operating, affiliated, other, income_total, use_nonfiscal_balance, "
                        + "carryover_begin, income_grand_total, expenditure_total, balance_distribution, carryover_end, "
                        + "expenditure_grand_total, use_basic, use_project, use_reserve"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void unknownNamedLineInATableOfNamedLinesOnly() {
        file("line-code-unknown-named-line-only-named-table.csv")
                .rejects(prefix(9, "line_code 'travel' is not valid in table three_public: expected "))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void unknownNamedLineMessageSaysWhatIsExpected() {
        file("line-code-unknown-named-line-only-named-table.csv")
                .rejects(at(9, "line_code 'travel' is not valid in table three_public: expected one of: total, "
                        + "abroad, vehicles, vehicle_purchase, vehicle_running, reception, meetings, training, "
                        + "total_with_meetings"));
    }

    @Test
    void indicatorCodes() {
        file("line-code-indicator.csv")
                .rejects(at(9, "line_code 'ind0' is not valid in table perf_dept: expected an indicator ind1, ind2, …, "
                                + "or one of: funds_total, funds_fiscal, funds_carryover, funds_superior, funds_own, "
                                + "funds_other, basic, personnel, public, project, overall"),
                        at(10, "line_code 'ind1' is not valid in table gpb_expenditure: " + FUNCTION_CODES))
                .loads(2, 2).amount("2101103", "404.66");
        assertThat(rows("SELECT value, unit FROM facts WHERE source_file = " + quote(path("line-code-indicator.csv"))
                + " AND name = 'perf_dept.ind1.score'")).containsExactly(List.of("9.50", "分"));
    }

    @Test
    void tableDeclarationWithAValueOrWithoutATitle() {
        file("table-row-invalid.csv")
                .rejects(at(9, "a _table row declares a table and has no measure or value"),
                        at(10, "a _table row needs the table's title as published in line_name"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    // ---- stat and base -----------------------------------------------------------------------------------------

    @Test
    void pctWithoutBase() {
        file("stat-pct-without-base.csv")
                .rejects(at(9, "stat pct needs its denominator in base (line_code:measure or table_id:line_code:measure)"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void baseOnAPlainValue() {
        file("stat-base-on-plain-value.csv")
                .rejects(at(9, "base is only used with stat pct or diff_pct, not with stat ''"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void malformedBase() {
        file("stat-base-malformed.csv")
                .rejects(at(9, "base 'total' must be line_code:measure or table_id:line_code:measure"),
                        at(10, "base 'gpb_expenditure:total:total:x' must be line_code:measure or "
                                + "table_id:line_code:measure"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void baseNamingAnUnknownMeasure() {
        file("stat-base-unknown-measure.csv")
                .rejects(at(9, "base 'total:fiscal': measure 'fiscal' is not a measure of table gpb_expenditure"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void baseNamingTheTableDeclaration() {
        file("stat-base-table-line.csv")
                .rejects(prefix(9, "base '_table:total'"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void pctWithAMoneyUnit() {
        file("stat-pct-unit-wan.csv")
                .rejects(at(9, "stat pct is a percentage: its unit must be %, not 万元"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void unknownStat() {
        file("stat-unknown.csv")
                .rejects(at(9, "stat 'share' is not one of: blank, prior, change, change_pct, change_executed, change_executed_pct, pct, diff_pct"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    // ---- unit, origin, note, source_line, required fields ------------------------------------------------------

    @Test
    void unknownUnit() {
        file("unit-unknown.csv")
                .rejects(prefix(9, "unit '10000元' is not a known unit: expected one of 万元 元 千元 亿元 % 分 人"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void misspelledMoneyUnit() {
        file("unit-misspelled-money.csv")
                .rejects(prefix(9, "unit '万园' is not a known unit: expected one of 万元 元 千元 亿元 % 分 人"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void unknownOrigin() {
        file("origin-unknown.csv")
                .rejects(at(9, "origin 'pdf' is not one of table, narrative, derived"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void derivedWithoutNote() {
        file("derived-without-note.csv")
                .rejects(at(9, "a derived figure needs its formula in note"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void sourceLineNotAPositiveInteger() {
        file("source-line-invalid.csv")
                .rejects(at(9, "source_line 'p.12' is not a line number (a positive integer)"),
                        at(10, "source_line '0' is not a line number (a positive integer)"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void blankRequiredField() {
        file("required-blank.csv")
                .rejects(at(9, "table_id is blank (required)"), at(10, "measure is blank (required)"),
                        at(11, "origin is blank (required)"), at(12, "line_code is blank (required)"))
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void severalBlankRequiredFields() {
        Case c = file("required-blank-several.csv").loads(2, 0).amount("2101103", "404.66");
        assertThat(c.rejectRows()).hasSize(1);
        assertThat(c.rejectRows().get(0).get(0)).isEqualTo("9");
        assertThat(c.rejectRows().get(0).get(1))
                .isIn("table_id is blank (required)", "source_line is blank (required)");
    }

    @Test
    void severalBlankRequiredFieldsReportTheFirstColumn() {
        file("required-blank-several.csv").rejects(at(9, "table_id is blank (required)"));
    }

    // ---- duplicates --------------------------------------------------------------------------------------------

    @Test
    void duplicateFigureNamesTheFirstLine() {
        file("duplicate-figure.csv")
                .rejects(at(9, "duplicate figure: the same table_id, line_code, detail, measure, stat, base and origin "
                                + "as line 8"),
                        at(11, "duplicate figure: the same table_id, line_code, detail, measure, stat, base and origin "
                                + "(and source_line) as line 10"))
                .loads(5, 0).amount("2101103", "404.66").amount("total", "665.38");
    }

    @Test
    void duplicateTableDeclaration() {
        file("duplicate-table.csv")
                .rejects(at(9, "table gpb_expenditure is declared twice at source_line 230"))
                .loads(2, 0).amount("2101103", "404.66");
        assertThat(value("SELECT count(*) FROM disclosure_tables d JOIN disclosures USING (disclosure_id) "
                + "WHERE source_file = " + quote(path("duplicate-table.csv")))).as("230 and 260").isEqualTo("2");
    }

    // ---- truncated files ---------------------------------------------------------------------------------------

    @Test
    void truncatedLastLine() {
        file("truncated-last-line.csv")
                .rejects(at(10, "has 3 fields, expected 13" + FIELD_COUNT_HINT))
                .record(10, "gpb_expenditure,2101102,行政单位医")
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void unterminatedQuoteAtEndOfFile() {
        file("truncated-open-quote.csv")
                .rejects(at(10, "a quoted field opened here is never closed (the file may be truncated)"))
                .record(10, "gpb_expenditure,2101102,\"行政单位医")
                .loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void unterminatedQuoteAfterAMultiLineRecord() {
        Case c = file("truncated-open-quote-after-multiline-record.csv").loads(2, 0).amount("2101103", "404.66");
        assertThat(c.rejectRows()).hasSize(1);
        assertThat(c.rejectRows().get(0).get(1))
                .isEqualTo("a quoted field opened here is never closed (the file may be truncated)");
        assertThat(value("SELECT note || ' @' || file_line FROM line_items WHERE source_file = "
                + quote(path("truncated-open-quote-after-multiline-record.csv")) + " AND line_code = '2101103'"))
                .isEqualTo("表中注：\n含离休人员 @9");
    }

    @Test
    void unterminatedQuoteAfterAMultiLineRecordNamesItsOwnLine() {
        file("truncated-open-quote-after-multiline-record.csv")
                .rejects(at(11, "a quoted field opened here is never closed (the file may be truncated)"))
                .record(11, "gpb_expenditure,2101102,\"行政单位医");
    }

    @Test
    void utf8FileCutInsideACharacterLosesOnlyItsLastRecord() {
        file("truncated-mid-character.csv")
                .rejects(at(10, "the file ends in the middle of a character (it was cut off), so this last record "
                        + "is incomplete"))
                .loads(2, 0).amount("2101103", "404.66");
        assertThat(value("SELECT encoding FROM disclosures WHERE source_file = "
                + quote(path("truncated-mid-character.csv")))).isEqualTo("UTF-8");
    }

    // ---- whole-file problems -----------------------------------------------------------------------------------

    @Test
    void emptyFile() throws IOException {
        assertThat(Files.size(corpus.resolve("empty.csv"))).isZero();
        file("empty.csv").fileProblem(0, "file rejected: the file is empty").loadsNothing();
    }

    @Test
    void headerOnly() {
        file("header-only.csv")
                .fileProblem(6, "file rejected: no records after the header: a disclosure needs at least one row")
                .disclosureId("110101-csj/2044/final").loadsNothing();
    }

    @Test
    void frontMatterWithoutHeader() {
        file("front-matter-only.csv")
                .fileProblem(6, "file rejected: no header line after the front matter: expected " + COLUMNS)
                .loadsNothing();
    }

    @Test
    void headerWithAWrongColumnName() {
        file("header-wrong-columns.csv")
                .wholeFileRejected("file rejected: header line 6: expected the columns " + COLUMNS
                        + "; missing: note; unknown: notes", 7, 8, 9)
                .loadsNothing();
    }

    @Test
    void headerPaddedByExcelLoads() {
        // Excel pads a trailing blank column (header "...,note," and records "...,"): blank columns carry no data.
        file("header-padded-by-excel.csv").rejects().loads(2, 0).amount("2101103", "404.66");
    }

    @Test
    void columnsInAnotherOrderLoad() {
        file("header-columns-reordered.csv").rejects().loads(2, 0).amount("2101103", "404.66")
                .amount("total", "665.38");
    }

    @Test
    void missingFirstLineIsNotABudgetlensFile() {
        file("front-matter-missing-first-line.csv").fileProblem(1, NOT_BUDGETLENS).loadsNothing();
    }

    @Test
    void wrongFormatVersion() {
        file("front-matter-wrong-version.csv")
                .wholeFileRejected("file rejected: front matter line 1: the first line must be "
                        + "'# budgetlens-disclosure: 1'", 7, 8, 9)
                .loadsNothing();
    }

    @Test
    void unknownFrontMatterKey() {
        file("front-matter-unknown-key.csv")
                .wholeFileRejected("file rejected: front matter line 3: unknown front matter key 'year': expected one "
                        + "of [budgetlens-disclosure, agency_id, fiscal_year, kind, source_doc, title, published, note]",
                        8, 9, 10)
                .loadsNothing();
    }

    @Test
    void badFiscalYear() {
        file("front-matter-bad-fiscal-year.csv")
                .wholeFileRejected("file rejected: front matter line 3: fiscal_year '2024年' is not a year between "
                        + "1990 and 2100", 7, 8, 9)
                .loadsNothing();
    }

    @Test
    void badKind() {
        file("front-matter-bad-kind.csv")
                .wholeFileRejected("file rejected: front matter line 4: kind '决算' is not one of budget, final, "
                        + "performance", 7, 8, 9)
                .loadsNothing();
    }

    @Test
    void missingAgencyId() {
        file("front-matter-missing-agency.csv")
                .wholeFileRejected("file rejected: front matter line 4: front matter has no 'agency_id:' line "
                        + "(required)", 6, 7, 8)
                .loadsNothing();
    }

    @Test
    void badPublishedDate() {
        file("front-matter-bad-published.csv")
                .wholeFileRejected("file rejected: front matter line 6: published '2025/06/30' is not a date "
                        + "YYYY-MM-DD", 8, 9, 10)
                .loadsNothing();
    }

    @Test
    void unknownAgencyRejectsEveryRecord() {
        file("unknown-agency.csv")
                .wholeFileRejected("file rejected: agency_id 999999-wzj is not in the agency registry: add it to an "
                        + "agencies.csv among the inputs", 7, 8, 9)
                .disclosureId("999999-wzj/2055/final")
                .record(8, "gpb_expenditure,total,合计,,total,,,665.38,万元,table,,239,")
                .loadsNothing();
    }

    @Test
    void sameDisclosureInTwoFiles() {
        file("same-disclosure-a.csv").rejects().loads(2, 0).amount("total", "665.38");
        file("same-disclosure-b.csv")
                .wholeFileRejected("file rejected: disclosure 110101-csj/2056/final is already defined by "
                        + path("same-disclosure-a.csv") + " in this run (one file per disclosure; the first in path order "
                                + "keeps it)", 7, 8)
                .loadsNothing();
        assertThat(value("SELECT source_file FROM disclosures WHERE disclosure_id = '110101-csj/2056/final'"))
                .isEqualTo(path("same-disclosure-a.csv"));
    }

    @Test
    void csvThatIsNotADisclosure() {
        file("not-a-disclosure.csv").fileProblem(1, NOT_BUDGETLENS).loadsNothing();
    }

    // ---- encodings ---------------------------------------------------------------------------------------------

    @Test
    void utf16WithByteOrderMark() throws IOException {
        assertThat(bytes("encoding-utf16-bom.csv")).startsWith((byte) 0xFF, (byte) 0xFE, (byte) '#', (byte) 0);
        file("encoding-utf16-bom.csv")
                .fileProblem(0, "file rejected: the file is UTF-16 (it starts with a UTF-16 byte order mark): "
                        + "save it as UTF-8")
                .loadsNothing();
    }

    @Test
    void utf16WithoutByteOrderMark() throws IOException {
        assertThat(bytes("encoding-utf16-no-bom.csv")).startsWith((byte) '#', (byte) 0);
        file("encoding-utf16-no-bom.csv")
                .fileProblem(1, "file rejected: the file contains a NUL byte at offset 1: it is binary or UTF-16, "
                        + "not a text file in UTF-8 or GB18030")
                .loadsNothing();
    }

    @Test
    void byteThatIsNeitherUtf8NorGb18030() throws IOException {
        assertThat(indexOf(bytes("encoding-invalid-byte.csv"), 0xFF)).isEqualTo(349);
        file("encoding-invalid-byte.csv")
                .fileProblem(9, NOT_UTF8_NOR_GB + ": read as UTF-8 it breaks at offset 349 (line 9): save it as UTF-8")
                .loadsNothing();
    }

    @Test
    void gb18030FileWithAnInvalidByteIsRejected() {
        Case c = file("encoding-gb18030-invalid-byte.csv").loadsNothing();
        assertThat(c.rejectRows()).hasSize(1);
        assertThat(c.rejectRows().get(0).get(1)).startsWith(NOT_UTF8_NOR_GB);
    }

    @Test
    void gb18030FileWithAnInvalidByteNamesTheBadByte() throws IOException {
        assertThat(indexOf(bytes("encoding-gb18030-invalid-byte.csv"), 0xFF)).isEqualTo(434);
        Case c = file("encoding-gb18030-invalid-byte.csv");
        assertThat(c.rejectRows()).hasSize(1);
        assertThat(c.rejectRows().get(0).get(0)).isEqualTo("10");
        assertThat(c.rejectRows().get(0).get(1)).startsWith(NOT_UTF8_NOR_GB).contains("offset 434");
    }

    @Test
    void utf8WithByteOrderMarkAndAnInvalidByte() throws IOException {
        assertThat(indexOf(bytes("encoding-utf8-bom-invalid-byte.csv"), 0xFF)).isEqualTo(431);
        Case c = file("encoding-utf8-bom-invalid-byte.csv").loadsNothing();
        assertThat(c.rejectRows()).hasSize(1);
        assertThat(c.rejectRows().get(0).get(1)).isEqualTo("file rejected: the file starts with a UTF-8 byte order "
                + "mark but is not valid UTF-8 (first bad byte at offset 431)");
    }

    @Test
    void utf8WithByteOrderMarkAndAnInvalidByteNamesItsLine() {
        file("encoding-utf8-bom-invalid-byte.csv").fileProblem(9, "file rejected: the file starts with a UTF-8 byte "
                + "order mark but is not valid UTF-8 (first bad byte at offset 431)");
    }

    @Test
    void gb18030FileLoads() throws IOException {
        byte[] raw = bytes("encoding-gb18030.csv");
        assertThat(new String(raw, "GB18030")).contains("行政单位医疗（含𠀾字）").contains("\r\n");
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw)))
                .as("the file must stay GB18030, not UTF-8").isInstanceOf(CharacterCodingException.class);
        file("encoding-gb18030.csv").rejects().loads(3, 0).amount("2101103", "404.66").amount("2101102", "12.34");
        assertThat(rows("SELECT encoding, title FROM disclosures WHERE source_file = "
                + quote(path("encoding-gb18030.csv")))).containsExactly(List.of("GB18030", "北京市东城区测试局2024年度部门决算"));
        assertThat(rows("SELECT line_code, line_name, file_line FROM line_items WHERE source_file = "
                + quote(path("encoding-gb18030.csv")) + " ORDER BY file_line"))
                .containsExactly(List.of("total", "合计", "9"), List.of("2101102", "行政单位医疗（含𠀾字）", "10"),
                        List.of("2101103", "公务员医疗补助", "11"));
    }

    @Test
    void utf8WithByteOrderMarkFromExcelLoads() throws IOException {
        assertThat(bytes("encoding-utf8-bom-excel.csv")).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) '#');
        file("encoding-utf8-bom-excel.csv").rejects().loads(3, 0).amount("2101103", "404.66")
                .amount("2101102", "12.34");
        assertThat(rows("SELECT encoding, title FROM disclosures WHERE source_file = "
                + quote(path("encoding-utf8-bom-excel.csv"))))
                .containsExactly(List.of("UTF-8 (BOM)", "北京市东城区测试局,2024年度部门决算"));
        assertThat(rows("SELECT line_code, line_name, file_line FROM line_items WHERE source_file = "
                + quote(path("encoding-utf8-bom-excel.csv")) + " ORDER BY file_line"))
                .containsExactly(List.of("total", "合计", "9"), List.of("2101102", "行政单位医疗", "10"),
                        List.of("2101103", "公务员医疗补助", "11"));
    }

    // ---- agency registry ---------------------------------------------------------------------------------------

    @Test
    void registryProblems() {
        file("registry/agencies.csv")
                .rejects(at(3, "region_code '1101O3' is not a 6-digit GB/T 2260 code"),
                        at(4, "admin_level county does not fit region_code 110100 (a city-level code)"),
                        at(5, "agency_id 110101-csj is already defined in " + path("agencies.csv") + " line 2"),
                        at(6, "agency_id 110102-csj is already defined on line 2"));
        assertThat(rows("SELECT agency_id, agency_name, registry_file, registry_line FROM agencies ORDER BY 1"))
                .containsExactly(
                        List.of("110101-csj", "北京市东城区测试局", path("agencies.csv"), "2"),
                        List.of("110102-csj", "北京市西城区测试局", path("registry/agencies.csv"), "2"),
                        List.of("110105-csj", "北京市朝阳区测试局", path("registry/agencies.csv"), "7"));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** An expected reject: its file line and its reason (in full, or its beginning when the reason lists a lot). */
    record Reject(long line, String reason, boolean whole) {
    }

    static Reject at(long line, String reason) {
        return new Reject(line, reason, true);
    }

    static Reject prefix(long line, String reasonStart) {
        return new Reject(line, reasonStart, false);
    }

    static Case file(String name) {
        return new Case(path(name));
    }

    /** Checks on one corpus file, through the warehouse views. */
    static final class Case {

        private final String sourceFile;

        Case(String sourceFile) {
            this.sourceFile = sourceFile;
        }

        /** Rows of (file_line, reason, disclosure_id or '<null>', record or '<null>') for this file, in line order. */
        List<List<String>> rejectRows() {
            return rows("SELECT file_line, reason, coalesce(disclosure_id, '<null>'), coalesce(record, '<null>') "
                    + "FROM rejects WHERE source_file = " + quote(sourceFile) + " ORDER BY file_line, reason");
        }

        String recordAt(long line) {
            return rejectRows().stream().filter(r -> r.get(0).equals(Long.toString(line))).findFirst()
                    .orElseThrow(() -> new AssertionError("no reject on line " + line + " of " + sourceFile)).get(3);
        }

        /** Exactly these records of the file were rejected, each with its reason; none when called without. */
        Case rejects(Reject... expected) {
            List<List<String>> actual = rejectRows();
            assertThat(actual.stream().map(r -> r.get(0) + ": " + r.get(1)).toList()).as("rejects of " + sourceFile)
                    .hasSize(expected.length);
            for (int i = 0; i < expected.length; i++) {
                List<String> row = actual.get(i);
                assertThat(row.get(0)).as("file_line of reject %d of %s", i + 1, sourceFile)
                        .isEqualTo(Long.toString(expected[i].line()));
                if (expected[i].whole()) {
                    assertThat(row.get(1)).as("reason on line %d of %s", expected[i].line(), sourceFile)
                            .isEqualTo(expected[i].reason());
                } else {
                    assertThat(row.get(1)).as("reason on line %d of %s", expected[i].line(), sourceFile)
                            .startsWith(expected[i].reason());
                }
                assertThat(row.get(3)).as("rejected record on line %d", expected[i].line()).isNotEqualTo("<null>");
            }
            return this;
        }

        /** The file is rejected as a whole: each of its records is listed, on its line, with the file's reason. */
        Case wholeFileRejected(String reason, long... recordLines) {
            Reject[] expected = new Reject[recordLines.length];
            for (int i = 0; i < recordLines.length; i++) {
                expected[i] = at(recordLines[i], reason);
            }
            return rejects(expected);
        }

        /** The file is rejected as a whole and has no record to list: one reject, without a record. */
        Case fileProblem(long line, String reason) {
            List<List<String>> actual = rejectRows();
            assertThat(actual).as("rejects of " + sourceFile).hasSize(1);
            assertThat(actual.get(0).get(1)).as("reason").isEqualTo(reason);
            assertThat(actual.get(0).get(0)).as("file_line").isEqualTo(Long.toString(line));
            assertThat(actual.get(0).get(3)).as("record").isEqualTo("<null>");
            return this;
        }

        Case disclosureId(String id) {
            assertThat(rejectRows()).isNotEmpty().allSatisfy(r -> assertThat(r.get(2)).isEqualTo(id));
            return this;
        }

        Case record(long line, String raw) {
            assertThat(recordAt(line)).isEqualTo(raw);
            return this;
        }

        /** The disclosure loaded with these row counts, and its reject_count matches the rejects listed. */
        Case loads(int lineItems, int facts) {
            assertThat(rows("SELECT line_item_count, fact_count, reject_count FROM disclosures WHERE source_file = "
                    + quote(sourceFile))).as("disclosure loaded from " + sourceFile)
                    .containsExactly(List.of(Integer.toString(lineItems), Integer.toString(facts),
                            Integer.toString(rejectRows().size())));
            assertThat(value("SELECT count(*) FROM line_items WHERE source_file = " + quote(sourceFile)))
                    .as("line_items of " + sourceFile).isEqualTo(Integer.toString(lineItems));
            assertThat(value("SELECT count(*) FROM facts WHERE source_file = " + quote(sourceFile)))
                    .as("facts of " + sourceFile).isEqualTo(Integer.toString(facts));
            return this;
        }

        Case loadsNothing() {
            assertThat(value("SELECT (SELECT count(*) FROM disclosures WHERE source_file = " + quote(sourceFile)
                    + ") + (SELECT count(*) FROM line_items WHERE source_file = " + quote(sourceFile)
                    + ") + (SELECT count(*) FROM facts WHERE source_file = " + quote(sourceFile) + ")"))
                    .as("nothing of " + sourceFile + " loaded").isEqualTo("0");
            return this;
        }

        /** The amount (万元) of the file's table figure line_code / total. */
        Case amount(String lineCode, String expected) {
            assertThat(value("SELECT amount FROM line_items WHERE source_file = " + quote(sourceFile)
                    + " AND line_code = " + quote(lineCode) + " AND measure = 'total' AND stat = '' AND detail = '' "
                    + "AND origin = 'table'")).as(lineCode + " in " + sourceFile).isEqualTo(expected);
            return this;
        }
    }

    static String path(String name) {
        return corpus.resolve(name).normalize().toString();
    }

    static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(corpus.resolve(name));
    }

    static int indexOf(byte[] bytes, int b) {
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == b) {
                return i;
            }
        }
        return -1;
    }

    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String value(String sql) {
        List<List<String>> rows = rows(sql);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0).get(0);
    }

    /** The rows of a query (header left out), parsed from the sql command's CSV output. */
    static List<List<String>> rows(String sql) {
        String csv = String.join("\n", Cli.sqlCsv(db, sql));
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(r.toList());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
