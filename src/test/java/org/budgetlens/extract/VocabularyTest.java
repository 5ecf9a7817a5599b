package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.budgetlens.model.Catalog;
import org.budgetlens.model.CsvResource;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary files of extract/vocabulary/: every one read by the extractor, every row naming tables, lines,
 * measures and units the catalogue knows (or a gap catalogue_gaps.csv lists, each still needed), a wrong row named by
 * its file, line and value, and the order of the files being the order the readers try them in.
 */
class VocabularyTest {

    private static final Path DIR = Path.of("src/main/resources", Vocabulary.DIR);

    @Test
    void everyFileOfTheFolderIsAVocabularyTheExtractorReadsAndChecks() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(DIR)) {
            files.forEach(f -> onDisk.add(f.getFileName().toString()));
        }
        assertThat(onDisk).containsExactlyInAnyOrderElementsOf(VocabularyCheck.COLUMNS.keySet());
    }

    @Test
    void everyRowNamesWhatTheCatalogueKnows() {
        List<VocabularyCheck.Gap> gaps = VocabularyCheck.gaps(CsvResource.read(Vocabulary.DIR + Vocabulary.GAPS));
        List<String> unknown = new ArrayList<>();
        Set<VocabularyCheck.Gap> used = new HashSet<>();
        for (String file : VocabularyCheck.COLUMNS.keySet()) {
            List<CSVRecord> rows = CsvResource.read(Vocabulary.DIR + file);
            assertThat(rows).as(file).isNotEmpty();
            for (VocabularyCheck.Problem p : VocabularyCheck.check(file, rows, Catalog.standard())) {
                List<VocabularyCheck.Gap> covering = gaps.stream().filter(g -> g.covers(p)).toList();
                if (covering.isEmpty()) {
                    unknown.add(p.message());
                }
                used.addAll(covering);
            }
        }
        assertThat(unknown).as("vocabulary rows naming what the catalogue does not know").isEmpty();
        assertThat(gaps.stream().filter(g -> !used.contains(g)).toList())
                .as("gaps of catalogue_gaps.csv no row needs any more (remove them)").isEmpty();
    }

    @Test
    void aWrongRowIsNamedByItsFileLineAndValue() {
        List<String> problems = messages("column_headers.csv", """
                table_id,family,word,measure,note
                income,base,合计,total,
                income,base,年初预算,budget_intial,
                incme,base,合计,total,
                income,hubei,总计,total,
                income,base,合计,fiscal,
                """);
        assertThat(problems).containsExactly(
                "extract/vocabulary/column_headers.csv line 3: measure 'budget_intial': not a measure of table "
                        + "income (catalog/measures.csv)",
                "extract/vocabulary/column_headers.csv line 4: table_id 'incme': not a table of the catalogue "
                        + "(catalog/tables.csv)",
                "extract/vocabulary/column_headers.csv line 5: family 'hubei': not base nor a template family of "
                        + "extract/templates/table_titles.csv",
                "extract/vocabulary/column_headers.csv line 6: word '合计': repeats line 2 of table income (the first "
                        + "wins)");
    }

    @Test
    void aFileWithoutOneOfItsColumnsIsNamed() {
        assertThat(messages("column_headers.csv", "table_id,family,word\nincome,base,合计\n"))
                .containsExactly("extract/vocabulary/column_headers.csv line 1: no column measure (the header is "
                        + "table_id,family,word,measure,note)");
    }

    @Test
    void theColumnHeadersAreTriedInTheFilesOrder() {
        assertThat(Measures.role("gpb_project", "资本性支出(基本建设)")).isEqualTo("e309");
        assertThat(Measures.role("gpb_project", "资本性支出")).isEqualTo("e310");
        assertThat(Measures.role("fiscal_expenditure", "基本支出")).isEqualTo("basic");
        assertThat(Measures.role("soe_capital", "年初结转和结余")).isEqualTo("carryover_begin");
    }

    @Test
    void aNarrativeSubjectsLinesAreLinesOfItsTable() {
        assertThat(messages("narrative_subjects.csv", """
                topic,family,pattern,table_id,measure,line_codes,note
                three_public,base,因公出国,three_public,total,abroad;aboard,
                gpb_basic,base,工资福利支出,gpb_basic,total,301,
                gpb_basic,base,津贴,gpb_basic,total,3011x,
                three_public,base,保有量,three_public,count,vehicles,
                income,base,其他收入,income,sundry,total,
                perf,base,(,perf,total,total,
                """)).satisfiesExactly(
                        m -> assertThat(m).startsWith("extract/vocabulary/narrative_subjects.csv line 2: "
                                + "line_codes 'aboard': line_code 'aboard' is not valid in table three_public"),
                        m -> assertThat(m).startsWith("extract/vocabulary/narrative_subjects.csv line 4: "
                                + "line_codes '3011x'"),
                        m -> assertThat(m).isEqualTo("extract/vocabulary/narrative_subjects.csv line 6: measure "
                                + "'sundry': not a measure of table income (catalog/measures.csv)"),
                        m -> assertThat(m).startsWith("extract/vocabulary/narrative_subjects.csv line 7: pattern '(': "
                                + "not a regular expression"),
                        m -> assertThat(m).isEqualTo("extract/vocabulary/narrative_subjects.csv line 7: table_id "
                                + "'perf': not a table of the catalogue (catalog/tables.csv)"));
    }

    @Test
    void theNarrativeTopicsAndSubjectsKeepTheirOrder() {
        assertThat(Phrases.topic("七、机关运行经费支出情况")).isEqualTo("admin_running");
        assertThat(Phrases.topic("（三）政府采购情况")).isEqualTo("procurement");
        assertThat(Phrases.topic("三公经费与机关运行经费")).isEqualTo("three_public");
        assertThat(Phrases.ALL.get(0).lines()).containsExactly("income_grand_total", "expenditure_grand_total");
    }

    @Test
    void aSummaryLabelNamesALineOfItsTable() {
        assertThat(messages("summary_labels.csv", """
                table_id,side,family,pattern,line_code,note
                summary,income,base,事业收入,business,
                summary,income,base,事业收入,busines,
                procurement,income,base,货物,goods,
                """)).containsExactly(
                        "extract/vocabulary/summary_labels.csv line 3: line_code 'busines': not a named line of table "
                                + "summary (catalog/lines.csv)",
                        "extract/vocabulary/summary_labels.csv line 4: side 'income': the summary labels are read for "
                                + "summary (side income or expenditure, also in the fiscal summary) and procurement "
                                + "(no side)");
        assertThat(Labels.find(Labels.INCOME_SIDE, "一、本年收入合计")).contains("income_total");
        assertThat(Labels.find(Labels.EXPENDITURE_SIDE, "基本支出")).contains("use_basic");
        assertThat(Labels.find(Labels.PROCUREMENT, "政府采购货物支出")).contains("goods");
    }

    @Test
    void aThreePublicCountIsInAUnitOfTheCatalogue() {
        assertThat(messages("three_public_counts.csv", """
                family,pattern,table_id,line_code,measure,unit,note
                base,团组数,three_public,abroad,groups,组,
                """)).containsExactly("extract/vocabulary/three_public_counts.csv line 2: unit '组': not a unit of "
                        + "the catalogue (catalog/units.csv)");
        assertThat(messages("three_public_items.csv", """
                family,match,pattern,table_id,line_code,note
                base,word,会议费,three_public,meeting,
                base,glob,培训*,three_public,training,
                """)).containsExactly(
                        "extract/vocabulary/three_public_items.csv line 2: line_code 'meeting': not a named line of "
                                + "table three_public (catalog/lines.csv)",
                        "extract/vocabulary/three_public_items.csv line 3: match 'glob': not regex nor word");
    }

    @Test
    void aPerfPhraseNamesTablesLinesMeasuresAndBasesOfTheCatalogue() {
        assertThat(messages("perf_phrases.csv", """
                family,pattern,table_id,line_code,measure,stat,base,flags,note
                base,得分,ind,ind,score,,,I,
                base,占,ctx,funds_total,same,pct,gpb_expenditure:total:projet,,
                base,执行率,cur,ind,executed,ratio,budget_full_year,X,
                """)).containsExactly(
                        "extract/vocabulary/perf_phrases.csv line 3: base 'projet': not a measure of table "
                                + "gpb_expenditure (catalog/measures.csv)",
                        "extract/vocabulary/perf_phrases.csv line 4: line_code 'ind': ind and cur go together as "
                                + "table and line",
                        "extract/vocabulary/perf_phrases.csv line 4: stat 'ratio': not a stat of the normalized "
                                + "format (blank, prior, change, change_pct, change_executed, change_executed_pct, pct, "
                                + "diff_pct)",
                        "extract/vocabulary/perf_phrases.csv line 4: flags 'X': flags are N, C, P and I");
        assertThat(PerfPhrases.ALL.get(0).pattern().matcher("该指标预期指标值为").find()).isTrue();
    }

    @Test
    void everyReaderLoadsItsFiles() {
        for (String file : VocabularyCheck.COLUMNS.keySet()) {
            assertThat(Vocabulary.read(file)).as(file).isNotEmpty();
        }
    }

    @Test
    void theExtractionDocumentListsEveryFile() throws IOException {
        String doc = Files.readString(Path.of("docs/extraction.md"), StandardCharsets.UTF_8);
        assertThat(doc.contains("## Vocabulary as data")).as("docs/extraction.md has a section Vocabulary as data")
                .isTrue();
        assertThat(VocabularyCheck.COLUMNS.keySet().stream().filter(f -> !doc.contains("`" + f + "`")).toList())
                .as("vocabulary files docs/extraction.md does not name").isEmpty();
    }

    private static List<String> messages(String file, String csv) {
        try {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
            return VocabularyCheck.check(file, rows, Catalog.standard()).stream()
                    .map(VocabularyCheck.Problem::message).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aGapNamesAFileAndOneOfItsColumns() {
        List<CSVRecord> rows;
        try {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader("""
                    file,table_id,column,value,why
                    column_headers.csv,income,line_code,x,no such column
                    """)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThatThrownBy(() -> VocabularyCheck.gaps(rows)).hasMessage("extract/vocabulary/catalogue_gaps.csv "
                + "line 2: column 'line_code': not a column of column_headers.csv");
    }
}
