package org.budgetlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.budgetlens.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a generated province with planted defects, as an official reads it: the summary first, its numbers
 * against the warehouse, the agencies it names linked to their pages, each page's figures against the warehouse,
 * and the PDF with the font embedded and the named agencies as its annex.
 */
class ReportSummaryTest {

    @TempDir
    static Path work;

    static Path db;
    static Path folder;
    static String index;

    @BeforeAll
    static void reportOfAProvince() throws IOException {
        Path out = work.resolve("province");
        Cli.Result g = Cli.run("generate", "--agencies", "40", "--years", "2", "--seed", "11", "--defect-rate", "0.3",
                "--out", out.toString());
        assertThat(g.exitCode()).as(g.err()).isZero();
        db = work.resolve("w.duckdb");
        Cli.Result ingest = Cli.ingest(db, out);
        assertThat(ingest.exitCode()).as(ingest.err()).isIn(0, 4);
        folder = work.resolve("report");
        Cli.Result run = Cli.run("--db", db.toString(), "report", "--pdf", "--out", folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("index.html", "report.pdf");
        assertThat(run.err()).containsPattern("report: \\d+ charts, \\d+ tables, 40 agency pages, report.pdf");
        index = ReportFiles.text(folder.resolve("index.html"));
    }

    @Test
    void theSummaryComesFirstAndItsCountsAreTheWarehouses() {
        assertThat(index.indexOf("<h2>摘要</h2>")).isPositive().isLessThan(index.indexOf("<h2>机构横向比较"));
        Matcher under = Pattern.compile("(\\d+)个机构中，(\\d+)个机构的预算执行率低于90%").matcher(index);
        assertThat(under.find()).as("the execution sentence").isTrue();
        String year = Cli.sqlValue(db, "SELECT max(fiscal_year) FROM disclosures WHERE kind = 'final'");
        assertThat(under.group(1)).isEqualTo(Cli.sqlValue(db, "SELECT count(*) FROM metric_values WHERE metric = "
                + "'execution_rate_pct' AND kind = 'final' AND scope = '本级' AND fiscal_year = " + year));
        assertThat(under.group(2)).isEqualTo(Cli.sqlValue(db, "SELECT count(*) FROM metric_values WHERE metric = "
                + "'execution_rate_pct' AND kind = 'final' AND scope = '本级' AND value < 90 AND fiscal_year = "
                + year));
        assertThat(Integer.parseInt(under.group(2))).as("a province with under-execution").isPositive();

        Matcher contradict = Pattern.compile("(\\d+)份公开文件中，(\\d+)份自相矛盾").matcher(index);
        assertThat(contradict.find()).isTrue();
        assertThat(contradict.group(1)).isEqualTo(Cli.sqlValue(db, "SELECT count(*) FROM disclosures"));
        assertThat(contradict.group(2)).isEqualTo(Cli.sqlValue(db, "SELECT count(DISTINCT disclosure_id) FROM "
                + "audit_findings WHERE severity = 'error' AND family <> 'completeness'"));
        assertThat(Integer.parseInt(contradict.group(2))).as("planted defects contradict").isPositive();
        String sentence = index.substring(contradict.start(), index.indexOf("</span>", contradict.start()));
        assertThat(sentence).as("the rules named by id and Chinese text").contains("最常见：")
                .doesNotContainPattern("\\b(every|each|equals)\\b");

        assertThat(index).contains("数据截至：", "报告生成：", "budgetlens 0.1.0", "覆盖：40个机构的");
    }

    @Test
    void theAgenciesTheSummaryNamesLinkToTheirPagesWithTheirFigures() throws IOException {
        String lowest = Cli.sqlValue(db, "SELECT agency_id FROM metric_values WHERE metric = 'execution_rate_pct' "
                + "AND kind = 'final' AND scope = '本级' ORDER BY value, agency_id LIMIT 1");
        String name = Cli.sqlValue(db, "SELECT agency_name FROM agencies WHERE agency_id = '" + lowest + "'");
        String rate = Cli.sqlValue(db, "SELECT value FROM metric_values WHERE metric = 'execution_rate_pct' "
                + "AND kind = 'final' AND agency_id = '" + lowest + "' ORDER BY fiscal_year DESC LIMIT 1");
        String link = "<a href=\"agencies/" + lowest + ".html\">" + name + " " + rate + "%</a>";
        assertThat(index).as("the lowest rate is named first, linked").contains(link);
        assertThat(index).as("the ranking links the agencies it draws, in its order").contains(
                "图中机构（依次）：<a href=\"agencies/" + lowest + ".html\">" + name + "</a>");

        String page = ReportFiles.text(folder.resolve("agencies/" + lowest + ".html"));
        assertThat(page).contains("<h2 id=\"agency-" + lowest + "\">" + name + "</h2>", "../index.html");
        String total = Cli.sqlValue(db, "SELECT CAST(amount AS DECIMAL(18, 2)) FROM agency_trend WHERE agency_id = '"
                + lowest + "' AND item = 'total_expenditure' AND phase = 'final' ORDER BY fiscal_year DESC LIMIT 1");
        assertThat(page).as("its 本年支出合计 决算").contains(ReportCharts.format(new BigDecimal(total)));
        assertThat(page).contains("未执行的预算，最多的在前", "“三公”经费构成", "审核发现", "公开文件");
        int metrics = page.indexOf("</caption>", page.indexOf("指标（定义见"));
        assertThat(page.substring(metrics, page.indexOf("</table>", metrics)).replaceAll("<[^>]*>", ""))
                .as("every metric named in Chinese").doesNotContainPattern("[a-z]{3,}");
        assertThat(unspentColumn(page)).as("largest unspent first").isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(Files.readString(folder.resolve("agencies/index.html"))).contains("各机构（40个）");
        assertThat(Files.size(folder.resolve("agencies/" + HtmlPage.AGENCY_FONT))).isGreaterThan(10_000);
    }

    @Test
    void aFlaggedAgencysPageShowsItsTrendChart() {
        var flagged = ReportFiles.csv(folder, "flagged-agencies");
        String first = ReportFiles.row(flagged, "序号", "1").get("机构编号");
        assertThat(folder.resolve("charts/trend-agency-01.png")).exists();
        assertThat(ReportFiles.text(folder.resolve("agencies/" + first + ".html")))
                .contains("<img src=\"../charts/trend-agency-01.png\"");
    }

    @Test
    void thePdfEmbedsTheFontOpensOnTheSummaryAndAnnexesTheNamedAgencies() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("report.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            String first = text.getText(pdf);
            assertThat(first).contains("摘要", "预算执行", "自相矛盾的公开");
            text.setEndPage(pdf.getNumberOfPages());
            String all = text.getText(pdf);
            assertThat(all).contains("附录：摘要所列机构");
            String lowest = Cli.sqlValue(db, "SELECT a.agency_name FROM metric_values m JOIN agencies a USING "
                    + "(agency_id) WHERE metric = 'execution_rate_pct' AND kind = 'final' AND m.scope = '本级' "
                    + "ORDER BY value, agency_id LIMIT 1");
            assertThat(all.substring(all.indexOf("附录：摘要所列机构"))).contains(lowest);
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("NotoSansSC");
                }
            }
        }
    }

    @Test
    void printingCutsLongTablesAndRepeatsTheirHeadings() {
        assertThat(index).contains("@media print", "thead{display:table-header-group}", "<thead>");
        // the key figures of 40 agencies: 40 rows print, the rest are on screen only
        assertThat(index).contains("class=\"beyond-print\"", "打印版列出前 40 行");
    }

    private static List<BigDecimal> unspentColumn(String page) {
        int start = page.indexOf("未执行的预算，最多的在前");
        int end = page.indexOf("</table>", start);
        List<BigDecimal> values = new ArrayList<>();
        Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(page.substring(start, end));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1));
            }
            if (cells.size() > 6 && cells.get(0).equals("功能科目")) {
                values.add(new BigDecimal(cells.get(6).replace(",", "")));
            }
        }
        return values;
    }
}
