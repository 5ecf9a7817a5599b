package org.budgetlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.budgetlens.Cli;
import org.budgetlens.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The flagged agencies are exactly the review's concerns, and the annual trend draws one chart per flagged agency and
 * per district, capped by --top, in the order the section states.
 */
class ReportFlaggedTrendsTest {

    static GeneratedProvince p;

    @BeforeAll
    static void report() {
        p = GeneratedProvince.get();
    }

    @Test
    void theFlaggedAgenciesAreEveryConcernTheReviewShows() {
        Set<String> expected = new TreeSet<>();
        for (var r : ReportFiles.csv(p.folder, "review-execution_rate_pct")) {
            if (new BigDecimal(r.get("数值")).compareTo(new BigDecimal("90")) < 0 || r.get("离群判断").contains("离群")) {
                expected.add(r.get("机构编号"));
            }
        }
        for (String metric : List.of("personnel_share_of_basic_pct", "three_public_total", "three_public_change_pct")) {
            ReportFiles.csv(p.folder, "review-" + metric).stream().filter(r -> r.get("离群判断").contains("离群"))
                    .forEach(r -> expected.add(r.get("机构编号")));
        }
        for (var r : ReportFiles.csv(p.folder, "review-key-figures")) {
            if (Integer.parseInt(r.get("审核错误数")) > 0) {
                expected.add(r.get("公开文件").substring(0, r.get("公开文件").indexOf('/')));
            }
        }
        var flagged = ReportFiles.csv(p.folder, FlaggedAgencies.ID);
        Set<String> ids = new TreeSet<>(flagged.stream().map(r -> r.get("机构编号")).toList());
        assertThat(ids).isEqualTo(expected);
        assertThat(flagged).hasSize(28);
        // each row's concerns counted and named; positions 1, 2, 3 … in the stated order
        for (int i = 0; i < flagged.size(); i++) {
            var r = flagged.get(i);
            assertThat(r.get("序号")).isEqualTo(String.valueOf(i + 1));
            assertThat(r.get("关注原因").split("；")).hasSize(Integer.parseInt(r.get("关注项数")));
        }
        assertThat(flagged).isSortedAccordingTo(Comparator.comparing((Map<String, String> r) ->
                -Integer.parseInt(r.get("关注项数"))).thenComparing(r -> -Integer.parseInt(r.get("审核错误数"))));
        var first = flagged.get(0);
        assertThat(first.get("机构")).isEqualTo("果洛藏族自治州医疗保障局");
        assertThat(first.get("关注原因")).isEqualTo("预算执行率低于90%；审核错误2条");
        assertThat(first.get("审核错误数")).isEqualTo(Cli.sqlValue(p.db, "SELECT count(*) FROM audit_findings "
                + "WHERE severity = 'error' AND disclosure_id = '" + first.get("公开文件") + "'"));
    }

    @Test
    void oneTrendChartPerFlaggedAgencyInTheirOrderUpToTop() {
        var flagged = ReportFiles.csv(p.folder, FlaggedAgencies.ID);
        List<ChartSpec> agencies = p.charts().stream().filter(c -> c.id().startsWith("trend-agency-")).toList();
        assertThat(agencies).hasSize(GeneratedProvince.TOP);
        for (int i = 0; i < agencies.size(); i++) {
            ChartSpec c = agencies.get(i);
            var row = flagged.get(i);
            assertThat(c.id()).isEqualTo(String.format("trend-agency-%02d", i + 1));
            assertThat(c.data().rows()).allMatch(r -> row.get("机构编号").equals(c.data().value(r, "agency_id")));
            assertThat(c.note()).startsWith("关注原因：" + row.get("关注原因"));
        }
        // the figures are the agency's agency_trend rows
        ChartSpec one = agencies.get(0);
        String id = flagged.get(0).get("机构编号");
        assertThat(one.data().rows()).hasSize(Integer.parseInt(Cli.sqlValue(p.db,
                "SELECT count(*) FROM agency_trend WHERE agency_id = '" + id + "'")));
        var final2024 = ReportFiles.csv(p.folder, "trend-agency-01").stream().filter(r -> r.get("年度").equals("2024")
                && r.get("项目").equals("total_expenditure") && r.get("口径（budget 预算 / final 决算）").equals("final"))
                .toList();
        assertThat(final2024).hasSize(1);
        assertThat(final2024.get(0).get("金额（万元）")).isEqualTo(flagged.get(0).get("本年支出合计（万元）"));
        String paragraph = trendParagraphs().stream().filter(t -> t.startsWith("逐机构趋势")).findFirst().orElseThrow();
        assertThat(paragraph).contains("共28个", "画前20个", "--top 20");
    }

    @Test
    void oneTrendChartPerDistrictTheMostFlaggedFirst() {
        var flagged = ReportFiles.csv(p.folder, FlaggedAgencies.ID);
        Map<String, Long> flaggedIn = flagged.stream().collect(Collectors.groupingBy(r -> r.get("区划代码"),
                TreeMap::new, Collectors.counting()));
        List<String> districts = Cli.sqlCsv(p.db, "SELECT DISTINCT t.region_code FROM agency_trend t JOIN agency a "
                + "USING (agency_id) WHERE a.scope = '本级' AND t.item IN ('total_expenditure', 'gpb_expenditure') "
                + "ORDER BY 1");
        List<String> all = new ArrayList<>(districts.subList(1, districts.size()));
        assertThat(all.size()).isGreaterThan(GeneratedProvince.TOP);
        all.sort(Comparator.comparing((String r) -> -flaggedIn.getOrDefault(r, 0L)).thenComparing(r -> r));
        List<String> drawn = p.charts().stream().filter(c -> c.id().startsWith("trend-district-"))
                .map(c -> c.id().substring("trend-district-".length())).toList();
        assertThat(drawn).isEqualTo(all.subList(0, GeneratedProvince.TOP));
        // a district's sum is its agencies' sum
        String region = drawn.get(0);
        var sum = ReportFiles.csv(p.folder, "trend-district-" + region).stream().filter(r -> r.get("年度").equals("2024")
                && r.get("项目").equals("total_expenditure") && r.get("口径（budget 预算 / final 决算）").equals("final"))
                .toList();
        assertThat(sum.get(0).get("金额（万元）")).isEqualTo(Cli.sqlValue(p.db, "SELECT CAST(sum(amount) AS DECIMAL(18, 2)) "
                + "FROM agency_trend t JOIN agency a USING (agency_id) WHERE a.scope = '本级' AND t.region_code = '"
                + region + "' AND fiscal_year = 2024 AND item = 'total_expenditure' AND phase = 'final'"));
        assertThat(trendParagraphs()).anyMatch(t -> t.contains("共" + all.size() + "个区划代码")
                && t.contains("画关注机构最多的20个"));
    }

    @Test
    void topCapsBothKindsOfTrendChart() throws Exception {
        try (Warehouse w = Warehouse.openReadOnly(p.db)) {
            Connection c = w.connection();
            ReportWriter.Result r = ReportWriter.write(c, new ReportOptions(null, null, null, "final", "本级", 5,
                    p.work.resolve("top5")), List.of());
            List<String> ids = r.sections().stream().flatMap(s -> s.charts().stream()).map(ChartSpec::id).toList();
            assertThat(ids.stream().filter(i -> i.startsWith("trend-agency-"))).containsExactly("trend-agency-01",
                    "trend-agency-02", "trend-agency-03", "trend-agency-04", "trend-agency-05");
            assertThat(ids.stream().filter(i -> i.startsWith("trend-district-"))).hasSize(5);
        }
        Path sub = p.work.resolve("xining");
        Cli.Result run = Cli.run("--db", p.db.toString(), "report", "--region", "630100", "--out", sub.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ReportFiles.csv(sub, FlaggedAgencies.ID)).allMatch(r -> r.get("区划代码").startsWith("6301"));
    }

    private static List<String> trendParagraphs() {
        return p.result.sections().stream().filter(s -> s.id().equals("trend")).findFirst().orElseThrow()
                .paragraphs();
    }
}
