package org.budgetlens.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the workbook says about itself on its first sheet 说明 — scope, data, data date, generation date, tool
 * version, units and the formula of every figure — as rows of (项目, 内容), and where the long metrics sheet's rows
 * come from.
 */
public record WorkbookAbout(List<String[]> lines, LongSheet figures) {

    static final String FIGURES_SHEET = "指标长表";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    public WorkbookAbout {
        lines = List.copyOf(lines);
    }

    /** From what the report knows: {@code page} are the lines the page opens with (data, selection). */
    public static WorkbookAbout of(Connection connection, ReportOptions options, List<String> page)
            throws SQLException {
        List<String[]> lines = new ArrayList<>();
        for (String line : page) {
            lines.add(new String[] {line.startsWith("范围") ? "范围" : "数据", line});
        }
        lines.add(new String[] {"数据日期", dataDate(connection)});
        lines.add(new String[] {"生成日期", ZonedDateTime.now(ZoneOffset.UTC).format(WHEN)});
        lines.add(new String[] {"工具版本", version()});
        lines.add(new String[] {"单位", "金额为万元（两位小数）；比率单元格存百分数（88.54 即 88.54%，与CSV相同）；"
                + "空白 = 公开文件未列出，不是零"});
        lines.add(new String[] {"长表", "“" + FIGURES_SHEET + "”每行一个数：机构、区划、年度、口径、项目、数值、单位、来源公开文件；"
                + "可直接做数据透视表。逐机构、逐区划的趋势图数据都在其中"});
        for (MetricSpec m : MetricSpec.all()) {
            lines.add(new String[] {"排名：" + m.title(), m.note()});
        }
        for (Map.Entry<String, String> f : Labels.figureFormulas().entrySet()) {
            lines.add(new String[] {"指标：" + f.getKey(), f.getValue()});
        }
        lines.add(new String[] {"关注机构", FlaggedAgencies.rule()});
        return new WorkbookAbout(lines, new LongSheet(connection, options));
    }

    private static String dataDate(Connection connection) throws SQLException {
        Object at = DataTable.query(connection, "workbook_data_date.sql", "data-date", "").rows().get(0).get(0);
        return at == null ? "未知（仓库没有完成的导入记录）" : "最近一次导入完成于 " + at.toString().replaceFirst("\\.\\d+$", "")
                + "（仓库时间）";
    }

    /** The version the jar was built as; a run from compiled classes has none. */
    static String version() {
        String v = WorkbookAbout.class.getPackage().getImplementationVersion();
        return "budgetlens " + (v != null ? v : "（未打包运行，无版本号）");
    }
}
