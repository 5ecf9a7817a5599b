package org.budgetlens.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Data quality: the audit's failed checks per disclosure (a chart of the disclosures with the most, then every
 * finding with the figures it read and where they are) and the records the ingest rejected, so a reviewer sees
 * which numbers to distrust.
 */
final class DataQuality {

    private final Connection connection;
    private final ReportOptions options;

    DataQuality(Connection connection, ReportOptions options) {
        this.connection = connection;
        this.options = options;
    }

    Section build() throws SQLException {
        DataTable disclosures = DataTable.query(connection, "quality_disclosures.sql", "quality-disclosures",
                "各公开文件的审核结果", options.regionPrefix(), options.sector());
        DataTable findings = DataTable.query(connection, "quality_findings.sql", "quality-findings",
                "审核发现（规则见 docs/rules.md）", options.regionPrefix(), options.sector());
        DataTable rejects = DataTable.query(connection, "quality_rejects.sql", "quality-rejects",
                "导入时拒收的记录（按文件）");
        long withErrors = disclosures.rows().stream()
                .filter(r -> ((Number) disclosures.value(r, "errors")).longValue() > 0).count();
        long rejected = rejects.rows().stream().mapToLong(r -> ((Number) rejects.value(r, "rejected")).longValue())
                .sum();
        // findings of severity info (a rate truncated, shares forced to 100%) are listed, never counted
        long info = findings.rows().stream().filter(r -> "info".equals(findings.value(r, "severity"))).count();
        List<String> paragraphs = List.of(
                disclosures.rows().size() + "份公开文件中，" + withErrors + "份有错误级审核发现，共"
                        + (findings.rows().size() - info) + "条发现（错误与警告）"
                        + (info == 0 ? "" : "，另列" + info + "条提示（百分比截断而非四舍五入、占比凑足100%，不计入）")
                        + "；导入时拒收" + rejected + "条记录。审核按 0.01 万元的舍入留有容差，"
                        + "n 个加数的等式允许约 n × 0.005 万元的差。",
                "“数据不足”表示该规则所需的数据未公开，不等于通过。",
                "提取置信度：从公开文件（PDF、表格、文本）提取的表内数字中，经本表恒等式（类 = Σ款、合计 = 基本支出 + 项目支出等）"
                        + "验证成立的比例；空白表示该文件为人工整理，未经提取。");
        List<ChartSpec> charts = new ArrayList<>();
        ChartSpec chart = chart(disclosures);
        if (chart != null) {
            charts.add(chart);
        }
        return new Section("quality", "数据质量", paragraphs, charts, List.of(disclosures, findings, rejects));
    }

    private ChartSpec chart(DataTable disclosures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        BarLabels labels = new BarLabels(30);
        int shown = 0;
        for (List<Object> row : disclosures.rows()) {
            long errors = ((Number) disclosures.value(row, "errors")).longValue();
            long warnings = ((Number) disclosures.value(row, "warnings")).longValue();
            if (errors + warnings == 0 || shown == options.top()) {
                continue;
            }
            String label = labels.next(disclosures.value(row, "fiscal_year")
                    + DistrictReview.kindZh((String) disclosures.value(row, "kind")) + " "
                    + disclosures.value(row, "agency_name"), (String) disclosures.value(row, "region_code"), false);
            data.addValue(BigDecimal.valueOf(errors), "错误", label);
            data.addValue(BigDecimal.valueOf(warnings), "警告", label);
            shown++;
        }
        if (shown == 0) {
            return null;
        }
        String note = "每份公开文件未通过的审核检查数（一条规则对每个对象各查一次；错误 = 数字相互矛盾；警告 = 需要核实）；"
                + "排序：错误数、警告数从多到少，相同按机构名称、年度、类型";
        JFreeChart chart = ReportCharts.counts("审核发现最多的" + shown + "份公开文件", "未通过的检查数", data, note);
        return new ChartSpec("quality-disclosures", chart, disclosures, ReportCharts.noteOf(chart), 1000,
                200 + 30 * shown);
    }
}
