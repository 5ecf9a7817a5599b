package org.budgetlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.budgetlens.Cli;
import org.budgetlens.RepoData;
import org.budgetlens.warehouse.Warehouse;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of the bundled data/: its files, its figures against the metrics, its fonts and its page. */
class ReportTest {

    @TempDir
    static Path work;

    static Path db;
    static Path folder;
    static ReportWriter.Result result;

    @BeforeAll
    static void reportOfData() throws Exception {
        db = work.resolve("w.duckdb");
        assertEquals(0, Cli.ingest(db, RepoData.DATA).exitCode());
        folder = work.resolve("report");
        Cli.Result run = Cli.run("--db", db.toString(), "report", "--out", folder.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(folder.resolve("index.html").toAbsolutePath().toString(), run.out().strip());
        try (Warehouse w = Warehouse.openReadOnly(db)) {
            Connection c = w.connection();
            result = ReportWriter.write(c, new ReportOptions(null, null, null, "final", "本级", 20,
                    work.resolve("again")), List.of());
        }
    }

    @Test
    void everyChartIsWrittenAsPngAndOutlinedSvgWithItsTableAsCsv() throws IOException {
        assertEquals(2024, result.year());
        List<String> ids = new ArrayList<>();
        result.sections().forEach(s -> s.charts().forEach(c -> ids.add(c.id())));
        assertEquals(List.of("review-execution_rate_pct", "review-personnel_share_of_basic_pct",
                "review-three_public_total", "review-three_public_change_pct", "review-by-city", "trend-region",
                "trend-basic-project", "trend-three-public", "trend-agency-01", "trend-agency-02",
                "trend-district-630103", "trend-district-650104", "quality-disclosures"), ids);
        for (var section : result.sections()) {
            for (ChartSpec c : section.charts()) {
                byte[] png = Files.readAllBytes(folder.resolve("charts/" + c.id() + ".png"));
                assertEquals((byte) 0x89, png[0], c.id());
                assertEquals('P', png[1], c.id());
                String svg = ReportFiles.text(folder.resolve("charts/" + c.id() + ".svg"));
                assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), c.id());
                assertFalse(svg.contains("<text"), c.id() + ": SVG text must be outlines, not <text> needing a font");
                assertTrue(Files.isRegularFile(folder.resolve("data/" + c.data().id() + ".csv")), c.id());
            }
        }
    }

    @Test
    void rankingsCarryTheMetricValuesAndThePeerMedian() {
        var rows = ReportFiles.csv(folder, "review-execution_rate_pct");
        assertEquals(2, rows.size());
        assertEquals("59.71", ReportFiles.row(rows, "机构", "乌鲁木齐高新技术产业开发区(乌鲁木齐市新市区)医疗保障局").get("数值"));
        var xining = ReportFiles.row(rows, "机构", "西宁市城中区医疗保障局");
        assertEquals("88.54", xining.get("数值"));
        // the same figure the metric view holds, and the median of 59.71 and 88.54 rounded half up
        assertEquals(Cli.sqlValue(db, "SELECT value FROM metric_values WHERE agency_id = '630103-ylbzj' "
                + "AND metric = 'execution_rate_pct'"), xining.get("数值"));
        assertEquals("74.13", xining.get("同组中位数"));
        assertEquals("1", xining.get("名次（1 = 最高）"));
        assertEquals("true", xining.get("相关数据有审核错误"), "seed 004's 预算执行 narrative contradicts its table");
        assertEquals("同组不足4个，不判断", xining.get("离群判断"));
    }

    @Test
    void keyFiguresAreTheSeedsFigures() {
        var rows = ReportFiles.csv(folder, "review-key-figures");
        assertEquals(2, rows.size(), "2024 决算 本级: 630103 and 650104; the 2022 汇总 budget is not compared");
        var xining = ReportFiles.row(rows, "区划代码", "630103");
        assertEquals("665.38", xining.get("本年支出合计（万元）"));
        assertEquals("208.88", xining.get("基本支出（万元）"));
        assertEquals("456.50", xining.get("项目支出（万元）"));
        assertEquals("97.74", xining.get("人员经费占基本支出（%）"));
        assertEquals("1.92", xining.get("“三公”经费（万元）"));
        assertEquals("4.92", xining.get("“三公”比上年（%）"));
        assertEquals("4.72", xining.get("机关运行经费（万元）"));
        assertEquals(Cli.sqlValue(db, "SELECT count(*) FROM audit_findings WHERE disclosure_id = "
                + "'630103-ylbzj/2024/final' AND severity = 'error'"), xining.get("审核错误数"));
        var urumqi = ReportFiles.row(rows, "区划代码", "650104");
        assertEquals("123.93", urumqi.get("本年支出合计（万元）"));
        assertEquals("92.53", urumqi.get("基本支出（万元）"));
        assertEquals("", urumqi.get("“三公”比上年（%）"), "0 the year before: no growth rate, a blank");
    }

    @Test
    void trendsSumTheAgenciesPerYear() {
        var rows = ReportFiles.csv(folder, "trend-region");
        var gpb2023 = rows.stream().filter(r -> r.get("年度").equals("2023") && r.get("项目").equals("gpb_expenditure")
                && r.get("口径（budget 预算 / final 决算）").equals("final")).toList();
        assertEquals(1, gpb2023.size());
        // 1,140.75 (630103, from its stated change) + 82.36 (650104, from its stated change)
        assertEquals("1223.11", gpb2023.get(0).get("金额（万元）"));
        assertEquals("2", gpb2023.get(0).get("机构数"));
        var threePublic = ReportFiles.csv(folder, "trend-three-public");
        var vehicles2024 = threePublic.stream().filter(r -> r.get("年度").equals("2024")
                && r.get("组成").equals("vehicles")).toList();
        assertEquals("1.92", vehicles2024.get(0).get("金额（万元）"));
    }

    @Test
    void dataQualityListsTheSeedDefects() {
        var findings = ReportFiles.csv(folder, "quality-findings");
        assertTrue(findings.stream().anyMatch(f -> f.get("规则").equals("NARR-VS-TABLE")
                && f.get("应为").equals("79.36") && f.get("实为").equals("97.36")), "seed 004: 97.36 vs 79.36");
        assertEquals(Cli.sqlValue(db, "SELECT count(*) FROM audit_findings"), String.valueOf(findings.size()));
        var rejects = ReportFiles.csv(folder, "quality-rejects");
        assertEquals(0, rejects.size());
    }

    @Test
    void everyLabelOfEveryChartCanBeDrawnByTheBundledFont() {
        int labels = 0;
        for (var section : result.sections()) {
            for (ChartSpec c : section.charts()) {
                List<String> all = ChartLabels.of(c.chart());
                assertTrue(all.stream().anyMatch(l -> l.codePoints().anyMatch(cp -> cp > 0x4E00)), c.id());
                assertEquals(List.of(), ChartLabels.undrawable(c.chart()), c.id());
                labels += all.size();
            }
        }
        assertTrue(labels > 100, "labels checked: " + labels);
        assertEquals(-1, ReportFont.cannotDisplayFrom("预算执行率 0123456789 ABCxyz %.,-（）“”：；÷×−…"));
        assertEquals(0, ReportFont.cannotDisplayFrom("\uE000"), "the check can fail: a private-use character");
    }

    @Test
    void thePageIsSelfContainedAndEmbedsItsFont() {
        String html = ReportFiles.text(folder.resolve("index.html"));
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external resource");
        assertFalse(html.contains("<script"), "no script");
        assertTrue(html.contains("src:url(data:font/ttf;base64,"), "the font subset is inside the page");
        assertTrue(html.contains("机构横向比较（2024年）"));
        assertTrue(html.contains("<td class=\"n\">665.38</td>"));
        for (var section : result.sections()) {
            for (ChartSpec c : section.charts()) {
                assertTrue(html.contains("charts/" + c.id() + ".png"), c.id());
            }
        }
    }

    @Test
    void theWorkbookHoldsEveryTableButThePerAgencyAndPerDistrictTrendsWithNumbersAsNumbers() throws IOException {
        try (InputStream in = Files.newInputStream(folder.resolve("report.xlsx"));
                ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<String> sheets = wb.getSheets().map(Sheet::getName).toList();
            // 16 tables, less 2 agency and 2 district trends (rows of 指标长表), plus 说明 and 指标长表
            assertEquals(16, result.tables());
            assertEquals(14, sheets.size(), sheets.toString());
            assertEquals("说明", sheets.get(0));
            assertEquals("指标长表", sheets.get(sheets.size() - 1));
            Sheet sheet = wb.getSheets().filter(s -> s.getName().equals("各机构主要数据")).findFirst().orElseThrow();
            List<Row> rows = sheet.read();
            assertEquals("机构", rows.get(0).getCellText(0));
            Row xining = rows.stream().filter(r -> "630103".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertEquals(new BigDecimal("665.38"), xining.getCellAsNumber(3).orElseThrow());
            assertEquals("是", xining.getCellText(14), "audit flag in words");
        }
    }

    @Test
    void bothSeedAgenciesAreFlaggedWithTheirReasons() {
        var rows = ReportFiles.csv(folder, FlaggedAgencies.ID);
        assertEquals(2, rows.size());
        var xining = rows.get(0);
        assertEquals("630103", xining.get("区划代码"));
        assertEquals("预算执行率低于90%；审核错误3条", xining.get("关注原因"), "88.54 % and seed 004's defects");
        assertEquals(Cli.sqlValue(db, "SELECT count(*) FROM audit_findings WHERE disclosure_id = "
                + "'630103-ylbzj/2024/final' AND severity = 'error'"), xining.get("审核错误数"));
        assertEquals("预算执行率低于90%", rows.get(1).get("关注原因"), "59.71 %");
        assertEquals("650104", rows.get(1).get("区划代码"));
    }

    @Test
    void aRegionSelectsTheAgenciesUnderIt() {
        Path out = work.resolve("qinghai");
        Cli.Result run = Cli.run("--db", db.toString(), "report", "--region", "630000", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        var rows = ReportFiles.csv(out, "review-key-figures");
        assertEquals(List.of("630103"), rows.stream().map(r -> r.get("区划代码")).toList());
        Map<String, String> only = rows.get(0);
        assertEquals("665.38", only.get("本年支出合计（万元）"));
    }

    @Test
    void aSelectionWithoutDisclosuresOfTheKindStillWritesAReportThatSaysSo() {
        Path out = work.resolve("nobody");
        Cli.Result run = Cli.run("--db", db.toString(), "report", "--region", "630000", "--kind", "budget", "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = ReportFiles.text(out.resolve("index.html"));
        assertTrue(html.contains("所选范围内没有预算公开"), html.substring(0, 400));
    }

    @Test
    void aSelectionWithoutAnyDisclosureWritesNoReportAndExitsFive() {
        Path out = work.resolve("no-sector");
        Cli.Result run = Cli.run("--db", db.toString(), "report", "--sector", "教育", "--out", out.toString());
        assertEquals(5, run.exitCode(), run.err());
        assertTrue(run.err().contains("sectors (--sector): 医疗保障"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void usageErrorsSayWhatIsExpected() {
        Cli.Result region = Cli.run("--db", db.toString(), "report", "--region", "63x");
        assertEquals(2, region.exitCode());
        assertTrue(region.err().contains("not a GB/T 2260 code"), region.err());
        Cli.Result kind = Cli.run("--db", db.toString(), "report", "--kind", "performance");
        assertEquals(2, kind.exitCode());
        Cli.Result none = Cli.run("--db", work.resolve("missing.duckdb").toString(), "report");
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("run 'budgetlens ingest DIR' first"), none.err());
    }
}
