package org.budgetlens.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.budgetlens.extract.document.Block;
import org.budgetlens.extract.document.Cell;
import org.budgetlens.extract.document.Document;
import org.budgetlens.extract.document.Row;
import org.budgetlens.extract.document.Where;
import org.junit.jupiter.api.Test;

/**
 * The one document model every adapter gives (PDF, text form): headings, paragraphs, tables with title, number,
 * unit, header and body rows, cells with boxes, page artefacts; read off real disclosures.
 */
class DocumentModelTest {

    private static final Path PDFS = Path.of("src/test/resources/pdf");

    private static Document pdf(String path) throws SourceProblem {
        Path p = PDFS.resolve(path);
        return PdfSource.read(p, Duration.ofSeconds(60)).toDocument(p.getFileName().toString(), Where.Form.PDF);
    }

    @Test
    void aTableOverThreePagesIsOneTableItsRepeatedHeaderDroppedItsCellsBoxed() throws SourceProblem {
        Document doc = pdf("shanghai/上海市财政局/2025-单位预算.pdf");
        List<Block.Table> tables = doc.tables().toList();
        assertThat(tables).extracting(Block.Table::title).contains("2025年预算单位收入预算总表",
                "2025年单位“三公”经费和机关运行经费预算表");

        // 一般公共预算基本支出 (pp. 17–19): its 303 on p. 18 and its only item 30302 on p. 19, in one table
        Block.Table basic = table(tables, "一般公共预算基本支出部门预算经济分类预算表");
        assertThat(basic.at().page()).isEqualTo(17);
        assertThat(basic.unit()).isEqualTo("元");
        assertThat(basic.header()).hasSize(3);
        assertThat(basic.body()).extracting(r -> r.at().page()).contains(17, 18, 19);
        assertThat(basic.body()).extracting(Row::code).contains("302", "30201", "303", "30302");
        assertThat(basic.body()).noneMatch(r -> r.text().contains("科目名称")); // repeated on pp. 18, 19: dropped
        Row office = basic.body().stream().filter(r -> r.code().equals("30201")).findFirst().orElseThrow();
        assertThat(office.cells()).extracting(Cell::text).contains("办公费", "1,000,000");
        for (Cell c : office.cells()) {
            assertThat(c.box()).as("every cell of a ruled table has its box on the page").isNotNull();
            assertThat(c.box().left()).isLessThan(c.box().right());
            assertThat(c.box().top()).isLessThan(c.box().bottom());
        }

        // split 类 | 款 | 项 codes read as one, and the 三公 table in 万元 beside the tables in 元
        assertThat(table(tables, "收入预算总表").body()).extracting(Row::code).contains("2010601");
        assertThat(table(tables, "三公").unit()).isEqualTo("万元");
        // the caption line (编制单位：… | 单位：元) is text above a table, not a table of its own
        assertThat(tables).allMatch(t -> !t.title().isEmpty());
    }

    @Test
    void aTableCarriesItsPrintedNumberAndUnitAndPageNumbersAreArtefacts() throws IOException, SourceProblem {
        Document tables = pdf("jiangsu/中共江苏省委办公厅/2019-部门预算-公开表.pdf");
        assertThat(tables.tables()).hasSizeGreaterThanOrEqualTo(12)
                .allMatch(t -> t.unit().equals("万元") && t.title().contains("表"));
        Document national = TextSource.read("004.txt", Files.readString(
                Path.of("data/sources/004_5010c9f98508a758.txt"), StandardCharsets.UTF_8));
        assertThat(national.tables().map(Block.Table::number)).contains("公开01表", "公开02表", "公开03表");
        Document district = TextSource.read("002.txt", Files.readString(
                Path.of("data/sources/002_97fb237385449d05.txt"), StandardCharsets.UTF_8));
        assertThat(district.tables().map(Block.Table::number)).contains("表一", "表二", "表三");

        Document narrative = pdf("jiangsu/中共江苏省委办公厅/2019-部门预算-说明.pdf");
        List<Block.Artefact> artefacts = narrative.blocks().stream().filter(Block.Artefact.class::isInstance)
                .map(Block.Artefact.class::cast).toList();
        assertThat(artefacts).filteredOn(a -> a.kind() == Block.Artefact.Kind.PAGE_NUMBER).hasSizeGreaterThan(5);
        assertThat(narrative.blocks()).filteredOn(Block.Heading.class::isInstance).isNotEmpty();
        assertThat(narrative.blocks()).filteredOn(Block.Paragraph.class::isInstance)
                .allMatch(b -> b.at().box() != null && b.at().page() >= 1);
    }

    @Test
    void theTextFormGivesTheSameTablesAsThePdf() throws IOException, SourceProblem {
        Document fromPdf = pdf("shanghai/上海市普陀区人民政府万里街道办事处/2023-部门预算.pdf");
        String text = Files.readString(PDFS.resolve("text-forms/上海市普陀区人民政府万里街道办事处-2023-部门预算.txt"),
                StandardCharsets.UTF_8);
        Document fromText = TextSource.read("2023-部门预算.txt", text);
        assertThat(fromText.form()).isEqualTo(Where.Form.TEXT);
        assertThat(fromText.tables()).allMatch(t -> t.at().line() > 0 && t.at().box() == null);
        assertThat(codes(fromText)).isEqualTo(codes(fromPdf)).isNotEmpty();
    }

    @Test
    void theTextFormsViewIsItsLinesAsTheyStandTabOnlyAndBlankLinesIncluded() {
        String text = "标题\n\n科目\t金额\n201\t10.00\n\t\t\n  \n说明";
        org.budgetlens.extract.SourceText view = org.budgetlens.extract.SourceText.of(Path.of("t.txt"), "t.txt", text,
                "UTF-8");
        assertThat(view.lines()).containsExactly("标题", "", "科目\t金额", "201\t10.00", "\t\t", "  ", "说明");
    }

    /** Each coded table's classification codes, by the table's title. */
    private static Map<String, List<String>> codes(Document doc) {
        return doc.tables().filter(t -> t.body().stream().anyMatch(r -> !r.code().isEmpty()))
                .collect(Collectors.toMap(Block.Table::title,
                        t -> t.body().stream().map(Row::code).filter(c -> !c.isEmpty()).toList(),
                        (a, b) -> a, TreeMap::new));
    }

    private static Block.Table table(List<Block.Table> tables, String titlePart) {
        return tables.stream().filter(t -> t.title().contains(titlePart)).findFirst().orElseThrow();
    }
}
