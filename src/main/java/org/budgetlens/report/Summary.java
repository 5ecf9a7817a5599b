package org.budgetlens.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVRecord;
import org.budgetlens.model.BuildInfo;

/**
 * The report's first page (摘要): one Chinese sentence per question oversight asks — who under-executes, whose
 * personnel share or 三公 stands out from the peers, which disclosures contradict themselves or are incomplete, how
 * many figures the extraction could not prove — each with its numbers, the agencies it names (linked to their pages)
 * and where the detail is; then scope, data date, generation date and tool version. Thresholds are in
 * {@code report/summary.csv}.
 */
final class Summary {

    /** One answer: a heading, the sentence with its numbers, the agencies or rules it names, where to read more. */
    record Point(String heading, String sentence, List<PageView.Link> who, PageView.Link more) {
    }

    /** The summary: its answers, what the report covers, and the agencies or disclosures it names (ids). */
    record View(List<Point> points, List<String> about, List<String> named) {
    }

    /**
     * The summary's named parameters, from {@code report/summary.csv}; the execution threshold is the execution
     * rate's {@code threshold} in {@code report/metrics.csv}, the one the charts and the flagged agencies use.
     */
    record Parameters(BigDecimal executionThresholdPct, int agenciesNamed, int rulesNamed) {

        static Parameters load() {
            Map<String, String> values = new HashMap<>();
            for (CSVRecord r : ReportResources.csv("report/summary.csv")) {
                values.put(r.get("parameter"), r.get("value"));
            }
            return new Parameters(MetricSpec.of("execution_rate_pct").threshold(),
                    Integer.parseInt(required(values, "agencies_named")),
                    Integer.parseInt(required(values, "rules_named")));
        }

        private static String required(Map<String, String> values, String name) {
            String v = values.get(name);
            if (v == null || v.isBlank()) {
                throw new IllegalStateException("report/summary.csv has no value for " + name);
            }
            return v;
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Connection connection;
    private final ReportOptions options;
    private final Integer year;
    private final Function<String, String> agencyPage;
    private final Parameters parameters;
    private final List<String> named = new ArrayList<>();

    Summary(Connection connection, ReportOptions options, Integer year, Function<String, String> agencyPage,
            Parameters parameters) {
        this.connection = connection;
        this.options = options;
        this.year = year;
        this.agencyPage = agencyPage;
        this.parameters = parameters;
    }

    View build(String selection, LocalDateTime generated) throws SQLException {
        List<Point> points = new ArrayList<>();
        points.add(underExecution());
        points.add(outliers("personnel_share_of_basic_pct", "人员经费占比"));
        points.add(outliers("three_public_total", "“三公”经费"));
        points.add(outliers("three_public_change_pct", "“三公”经费增长"));
        DataTable flagged = DataTable.query(connection, "summary_disclosures_flagged.sql", "summary-flagged", "",
                options.regionPrefix(), options.sector());
        DataTable rules = DataTable.query(connection, "summary_rule_findings.sql", "summary-rules", "",
                options.regionPrefix(), options.sector());
        List<Object> counts = flagged.rows().get(0);
        DataTable scope = DataTable.query(connection, "summary_scope.sql", "summary-scope", "",
                options.regionPrefix(), options.sector());
        List<Object> about = scope.rows().get(0);
        long disclosures = number(scope.value(about, "disclosures"));
        points.add(contradictions(number(flagged.value(counts, "contradicting")), disclosures, rules));
        points.add(incomplete(number(flagged.value(counts, "incomplete")), disclosures, rules));
        points.add(unproven(flagged, counts));
        return new View(points, aboutLines(selection, scope, about, generated), List.copyOf(named));
    }

    private Point underExecution() throws SQLException {
        String heading = "预算执行";
        if (year == null) {
            return new Point(heading, "所选范围内没有可比较的年度。", List.of(), null);
        }
        DataTable t = review("execution_rate_pct", "final");
        if (t.isEmpty()) {
            return new Point(heading, year + "年没有可计算执行率的决算（执行率只在决算中有）。", List.of(), null);
        }
        BigDecimal threshold = parameters.executionThresholdPct();
        List<List<Object>> under = t.rows().stream()
                .filter(r -> ((BigDecimal) t.value(r, "value")).compareTo(threshold) < 0).toList();
        String sentence = year + "年决算（" + options.scope() + "）：" + t.rows().size() + "个机构中，" + under.size()
                + "个机构的预算执行率低于" + threshold.toPlainString() + "%（一般公共预算财政拨款支出决算数 ÷ 年初预算数；"
                + "同组中位数 " + Cells.display(t.value(t.rows().get(0), "median")) + "%）。"
                + (under.isEmpty() ? "" : "执行率最低的：");
        return new Point(heading, sentence, named(t, under, "%"),
                new PageView.Link("执行率排名", "#review-execution_rate_pct"));
    }

    private Point outliers(String metric, String heading) throws SQLException {
        MetricSpec spec = MetricSpec.of(metric);
        if (year == null) {
            return new Point(heading, "所选范围内没有可比较的年度。", List.of(), null);
        }
        DataTable t = review(metric, options.kind());
        String what = year + "年" + DistrictReview.kindZh(options.kind()) + "（" + options.scope() + "）";
        if (t.isEmpty()) {
            return new Point(heading, what + "没有可计算" + spec.title() + "的公开。", List.of(), null);
        }
        long peers = number(t.value(t.rows().get(0), "peers"));
        if (peers < 4) {
            return new Point(heading, what + "只有" + peers + "个机构有" + spec.title() + "，同组不足4个，不判断离群。",
                    List.of(), null);
        }
        List<List<Object>> high = t.rows().stream().filter(r -> "偏高离群".equals(t.value(r, "outlier"))).toList();
        long unranked = t.rows().stream().filter(r -> Boolean.FALSE.equals(t.value(r, "ranked"))).count();
        String sentence = what + "：" + peers + "个机构中，" + high.size() + "个机构的" + spec.title()
                + "明显高于同组（高于 Q3 + 1.5 × IQR；同组中位数 " + Cells.display(t.value(t.rows().get(0), "median"))
                + spec.unit() + "）。" + (unranked == 0 ? "" : "上年基数低于" + spec.minBase().toPlainString() + "万元的"
                + unranked + "个机构不参与比较。") + (high.isEmpty() ? "" : "最高的：");
        return new Point(heading, sentence, named(t, high, spec.unit()),
                new PageView.Link(spec.title() + "排名", "#review-" + metric));
    }

    private Point contradictions(long contradicting, long disclosures, DataTable rules) throws SQLException {
        String sentence = disclosures + "份公开文件中，" + contradicting + "份自相矛盾（至少一条错误级审核发现：表内合计、"
                + "表间、说明与表、上下年的数字对不上）。" + mostCommon(rules, r -> "error".equals(rules.value(r, "severity"))
                && !"completeness".equals(rules.value(r, "family")));
        DataTable worst = DataTable.query(connection, "quality_disclosures.sql", "summary-worst", "",
                options.regionPrefix(), options.sector());
        List<PageView.Link> who = new ArrayList<>();
        for (List<Object> r : worst.rows()) {
            long errors = number(worst.value(r, "errors"));
            if (errors == 0 || who.size() == parameters.agenciesNamed()) {
                break;
            }
            named.add((String) worst.value(r, "disclosure_id"));
            who.add(new PageView.Link(worst.value(r, "agency_name") + " " + worst.value(r, "fiscal_year") + "年"
                    + DistrictReview.kindZh((String) worst.value(r, "kind")) + "：" + errors + "条错误",
                    agencyPage.apply((String) worst.value(r, "disclosure_id"))));
        }
        return new Point("自相矛盾的公开", sentence, who, new PageView.Link("数据质量", "#quality"));
    }

    private Point incomplete(long incomplete, long disclosures, DataTable rules) {
        String sentence = disclosures + "份公开文件中，" + incomplete + "份不完整（缺少应公开的表，或说明缺少应有的内容）。"
                + mostCommon(rules, r -> "completeness".equals(rules.value(r, "family")));
        return new Point("不完整的公开", sentence, List.of(), new PageView.Link("数据质量", "#quality"));
    }

    private Point unproven(DataTable flagged, List<Object> counts) {
        long extracted = number(flagged.value(counts, "extracted"));
        if (extracted == 0) {
            return new Point("提取未经证实的数字", "所选公开均为规范格式文件（人工整理），未经 PDF 或表格提取。", List.of(), null);
        }
        String sentence = extracted + "份从 PDF 或表格提取的公开文件中，" + number(flagged.value(counts, "with_unproven"))
                + "份含有未经本表恒等式证实的数字，共" + number(flagged.value(counts, "unproven_figures")) + "个（提取的表内数字共"
                + number(flagged.value(counts, "extracted_figures")) + "个）；这些数字参与的指标在表中标为“含未经校验的提取数”。";
        return new Point("提取未经证实的数字", sentence, List.of(), new PageView.Link("数据质量", "#quality"));
    }

    /** "最常见：RULE（说明）n份、…" for the rules the filter keeps, most disclosures first. */
    private String mostCommon(DataTable rules, java.util.function.Predicate<List<Object>> keep) {
        List<String> named = new ArrayList<>();
        for (List<Object> r : rules.rows()) {
            if (keep.test(r) && named.size() < parameters.rulesNamed()) {
                named.add(rules.value(r, "rule_id") + "（" + rules.value(r, "description") + "）"
                        + number(rules.value(r, "disclosures")) + "份");
            }
        }
        return named.isEmpty() ? "" : "最常见：" + String.join("；", named) + "。";
    }

    private List<PageView.Link> named(DataTable t, List<List<Object>> rows, String unit) {
        List<PageView.Link> who = new ArrayList<>();
        for (List<Object> r : rows.subList(0, Math.min(parameters.agenciesNamed(), rows.size()))) {
            named.add((String) t.value(r, "agency_id"));
            who.add(new PageView.Link(t.value(r, "agency_name") + " " + Cells.display(t.value(r, "value")) + unit
                    + (Boolean.TRUE.equals(t.value(r, "audit_flag")) ? "（数据有审核错误）" : ""),
                    agencyPage.apply((String) t.value(r, "agency_id"))));
        }
        return who;
    }

    /** The review's ranking of the metric, the end that concerns oversight first (review_metric.sql). */
    private DataTable review(String metric, String kind) throws SQLException {
        MetricSpec spec = MetricSpec.of(metric);
        return DataTable.query(connection, "review_metric.sql", "summary-" + metric, "", year, options.regionPrefix(),
                options.sector(), metric, kind, options.scope(), spec.lowIsConcern() ? "low" : "high",
                spec.minBase());
    }

    private List<String> aboutLines(String selection, DataTable scope, List<Object> about, LocalDateTime generated) {
        Object dataDate = scope.value(about, "data_date");
        Object first = scope.value(about, "first_year");
        Object last = scope.value(about, "last_year");
        return List.of(selection,
                "覆盖：" + number(scope.value(about, "agencies")) + "个机构的" + number(scope.value(about, "disclosures"))
                        + "份公开文件" + (first == null ? "" : "，" + first + "—" + last + "年") + "。",
                "数据截至：" + (dataDate == null ? "未知" : dataDate.toString().replace('T', ' ').replaceAll(":\\d\\d(\\.\\d+)?$", ""))
                        + "（最近一次导入完成的时间）；报告生成：" + generated.format(WHEN) + "；budgetlens " + BuildInfo.version()
                        + "。",
                "阈值与规则：执行率低于 " + parameters.executionThresholdPct().toPlainString() + "% 视为执行不足；离群按同组"
                        + "（本报告所选地区和行业的全部机构）Tukey 规则判断；审核规则见 docs/rules.md。");
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
