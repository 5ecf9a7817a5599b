package org.budgetlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.budgetlens.Cli;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** report.xlsx of a generated province, read back as a spreadsheet program reads it. */
class ReportWorkbookTest {

    static GeneratedProvince p;
    static Map<String, List<Row>> sheets;
    static List<String> names;

    @BeforeAll
    static void read() throws IOException {
        p = GeneratedProvince.get();
        sheets = new java.util.LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(p.folder.resolve("report.xlsx"));
                ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            for (Sheet s : wb.getSheets().toList()) {
                sheets.put(s.getName(), s.read());
            }
        }
        names = new ArrayList<>(sheets.keySet());
    }

    @Test
    void sheetsHaveChineseNamesExcelAcceptsAndNoSheetPerAgencyTrend() {
        assertThat(names).containsExactly("说明", "预算执行率排名", "人员经费占比排名", "三公经费排名", "三公经费增长排名",
                "按地区汇总", "关注机构", "各机构主要数据", "地区合计逐年", "三公经费构成逐年", "各公开文件审核结果", "审核发现",
                "导入拒收记录", "指标长表");
        assertThat(names).allMatch(n -> n.length() <= 31 && !n.matches(".*[\\[\\]:*?/\\\\].*"));
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void aboutSheetStatesScopeDatesVersionAndEveryFormula() {
        Map<String, String> about = new java.util.LinkedHashMap<>();
        for (Row r : sheets.get("说明").subList(1, sheets.get("说明").size())) {
            about.put(r.getCellText(0), r.getCellText(1));
        }
        assertThat(about.get("范围")).startsWith("范围：全部地区，全部行业；横向比较年度：2024年（决算，本级）");
        assertThat(about.get("数据")).isEqualTo("数据：w.duckdb（budgetlens 仓库）");
        assertThat(about.get("数据日期")).startsWith("最近一次导入完成于 " + Cli.sqlValue(p.db,
                "SELECT strftime(max(finished_at), '%Y-%m-%d %H:%M:%S') FROM load_run"));
        assertThat(about.get("生成日期")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");
        assertThat(about.get("工具版本")).startsWith("budgetlens ");
        for (MetricSpec m : MetricSpec.all()) {
            assertThat(about.get("排名：" + m.title())).isEqualTo(m.formula() + "；" + m.denominator());
        }
        assertThat(about.get("指标：预算执行率")).isEqualTo("一般公共预算财政拨款支出决算数 ÷ 同一决算说明的年初预算数 × 100");
        assertThat(about.get("关注机构")).isEqualTo(FlaggedAgencies.rule());
        // every item of the long sheet has its formula here
        for (Row r : sheets.get("指标长表").subList(1, sheets.get("指标长表").size())) {
            assertThat(about).containsKey("指标：" + r.getCellText(6));
        }
    }

    @Test
    void numbersCarryTheirFormatsAndClosedSetsReadInChinese() {
        List<Row> rates = sheets.get("预算执行率排名");
        assertThat(rates.get(0).getCellText(0)).isEqualTo("机构");
        Row first = rates.get(1);
        assertThat(first.getCellText(0)).isEqualTo("达日县民政局");
        Cell value = first.getCell(3);
        assertThat(value.asNumber()).isEqualByComparingTo("77.63"); // the percent number, as in the CSV
        assertThat(value.getDataFormatString()).isEqualTo(CellFormats.PERCENT);
        assertThat(first.getCell(5).getDataFormatString()).isEqualTo(CellFormats.COUNT); // rank
        assertThat(first.getCellText(11)).isEqualTo("否"); // audit flag
        assertThat(ReportFiles.csv(p.folder, "review-execution_rate_pct").get(0).get("相关数据有审核错误"))
                .isEqualTo("false");

        List<Row> key = sheets.get("各机构主要数据");
        Row agency = key.get(1);
        assertThat(agency.getCell(3).getDataFormatString()).isEqualTo(CellFormats.AMOUNT);
        assertThat(agency.getCell(6).getDataFormatString()).isEqualTo(CellFormats.PERCENT);
        assertThat(agency.getCell(12).getDataFormatString()).isEqualTo(CellFormats.COUNT);
        assertThat(agency.getCell(3).asNumber()).isEqualByComparingTo(
                ReportFiles.csv(p.folder, "review-key-figures").get(0).get("本年支出合计（万元）"));

        List<Row> findings = sheets.get("审核发现");
        assertThat(findings.get(0).getCellText(2)).isEqualTo("类型");
        assertThat(findings.get(0).getCellText(3)).isEqualTo("严重程度");
        assertThat(findings.subList(1, findings.size()).stream().map(r -> r.getCellText(3)).distinct())
                .containsExactlyInAnyOrder("错误", "警告");
        assertThat(findings.subList(1, findings.size()).stream().map(r -> r.getCellText(2)).distinct())
                .containsOnly("预算", "决算");
        assertThat(findings.get(1).getCell(1).getDataFormatString()).isEqualTo(CellFormats.YEAR);

        List<Row> threePublic = sheets.get("三公经费构成逐年");
        assertThat(threePublic.subList(1, threePublic.size()).stream().map(r -> r.getCellText(2)).distinct())
                .containsExactlyInAnyOrder("因公出国（境）费", "公务用车购置及运行（维护）费", "公务接待费");
        assertThat(ReportFiles.csv(p.folder, "trend-three-public").stream().map(r -> r.get("组成")).distinct())
                .containsExactlyInAnyOrder("abroad", "vehicles", "reception");

        List<Row> region = sheets.get("地区合计逐年");
        assertThat(region.get(0).getCellText(3)).isEqualTo("口径");
        assertThat(region.subList(1, region.size()).stream().map(r -> r.getCellText(3)).distinct())
                .containsExactlyInAnyOrder("预算", "决算");
    }

    @Test
    void theLongSheetHoldsEveryFigureOnceWithItsSource() {
        List<Row> rows = sheets.get("指标长表");
        assertThat(rows.get(0).stream().map(Cell::getText).toList()).containsExactly("机构", "机构编号", "区划代码", "行业",
                "年度", "口径", "项目", "数值", "单位", "来源公开文件", "相关数据有审核错误");
        String expected = Cli.sqlValue(p.db, "SELECT (SELECT count(*) FROM agency_trend t JOIN agency a USING "
                + "(agency_id) WHERE a.scope = '本级') + (SELECT count(*) FROM metric_values WHERE scope = '本级' AND "
                + "metric NOT IN ('three_public_total', 'admin_running'))");
        assertThat(rows.size() - 1).isEqualTo(Integer.parseInt(expected));
        Row total = rows.stream().filter(r -> "632600-ylbzj".equals(r.getCellText(1)) && "2024".equals(r.getCellText(4))
                && "决算".equals(r.getCellText(5)) && "本年支出合计".equals(r.getCellText(6))).findFirst().orElseThrow();
        assertThat(total.getCell(7).asNumber()).isEqualByComparingTo("1044.03");
        assertThat(total.getCell(7).getDataFormatString()).isEqualTo(CellFormats.AMOUNT);
        assertThat(total.getCellText(9)).isEqualTo("632600-ylbzj/2024/final");
        Row rate = rows.stream().filter(r -> "632600-ylbzj".equals(r.getCellText(1)) && "2024".equals(r.getCellText(4))
                && "预算执行率".equals(r.getCellText(6))).findFirst().orElseThrow();
        assertThat(rate.getCell(7).asNumber()).isEqualByComparingTo(new BigDecimal(Cli.sqlValue(p.db,
                "SELECT value FROM metric_values WHERE agency_id = '632600-ylbzj' AND fiscal_year = 2024 AND "
                        + "metric = 'execution_rate_pct'")));
        assertThat(rate.getCell(7).getDataFormatString()).isEqualTo(CellFormats.PERCENT);
        assertThat(rate.getCellText(5)).isEqualTo("决算");
        assertThat(rows.subList(1, rows.size())).noneMatch(r -> r.getCellText(4).contains(","));
    }

    @Test
    void everySheetHasAFrozenHeadingRowAndAnAutoFilterOverItsRows() throws IOException {
        Map<String, String> xml = new java.util.TreeMap<>();
        try (ZipFile zip = new ZipFile(p.folder.resolve("report.xlsx").toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        xml.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertThat(xml).hasSize(names.size());
        for (int i = 0; i < names.size(); i++) {
            String sheet = xml.get("xl/worksheets/sheet" + (i + 1) + ".xml");
            assertThat(sheet).as(names.get(i)).contains("ySplit=\"1\"", "state=\"frozen\"");
            int rows = sheets.get(names.get(i)).size();
            Optional<String> filter = java.util.regex.Pattern.compile("<autoFilter ref=\"A1:[A-Z]+(\\d+)\"")
                    .matcher(sheet).results().map(m -> m.group(1)).findFirst();
            assertThat(filter).as(names.get(i)).isPresent();
            assertThat(Integer.parseInt(filter.get())).as(names.get(i)).isEqualTo(Math.max(rows, 2));
        }
    }

    @Test
    void rowsPastTheSheetLimitContinueOnTheNextSheetEachWithItsHeading() throws IOException {
        DataTable region = p.chart("trend-region").data();
        assertThat(region.rows().size()).isGreaterThan(25);
        java.nio.file.Path file = p.work.resolve("split.xlsx");
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "budgetlens", "1.0");
            try (SheetWriter sheet = new SheetWriter(wb, new SheetNames(), "地区合计逐年", 10)) {
                sheet.open(region.columns());
                for (List<Object> row : region.rows()) {
                    sheet.add(row);
                }
            }
            wb.finish();
        }
        List<String> amounts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Sheet> all = wb.getSheets().toList();
            int expected = (region.rows().size() + 9) / 10;
            assertThat(all).hasSize(expected);
            assertThat(all.get(0).getName()).isEqualTo("地区合计逐年");
            assertThat(all.get(1).getName()).isEqualTo("地区合计逐年（续2）");
            for (Sheet s : all) {
                List<Row> rows = s.read();
                assertThat(rows.get(0).getCellText(0)).isEqualTo("年度");
                assertThat(rows.size() - 1).isBetween(1, 10);
                rows.subList(1, rows.size()).forEach(r -> amounts.add(r.getCell(4).asNumber().toPlainString()));
            }
        }
        assertThat(amounts).isEqualTo(region.rows().stream().map(r -> ((BigDecimal) region.value(r, "amount"))
                .toPlainString()).toList());
    }

    @Test
    void sheetNamesAreCleanedCutAndMadeUnique() {
        SheetNames sheetNames = new SheetNames();
        assertThat(sheetNames.next("审核发现（规则见 docs/rules.md）")).isEqualTo("审核发现（规则见 docs_rules.md）");
        assertThat(sheetNames.next("a[b]:c*d?e\\f")).isEqualTo("a_b__c_d_e_f");
        String long40 = "一二三四五六七八九十".repeat(4);
        assertThat(sheetNames.next(long40)).hasSize(31);
        assertThat(sheetNames.next(long40)).isEqualTo("一二三四五六七八九十".repeat(3).substring(0, 29) + "~2");
        assertThat(sheetNames.next("'引号'")).isEqualTo("引号");
    }
}
