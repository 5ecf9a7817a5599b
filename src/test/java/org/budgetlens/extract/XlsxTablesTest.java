package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables published as an Excel workbook go through the same document model and readers as a PDF's. */
class XlsxTablesTest {

    @TempDir
    Path tmp;

    @Test
    void aWorkbookOfTablesIsReadLikeAPdf() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Path xlsx = in.resolve("2024年部门预算公开表.xlsx");
        try (OutputStream os = Files.newOutputStream(xlsx); Workbook wb = new Workbook(os, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("表5");
            ws.value(0, 0, "2024年一般公共预算支出预算表");
            ws.value(1, 0, "部门：西宁市城中区医疗保障局");
            ws.value(1, 4, "单位：万元");
            String[] header = {"科目编码", "科目名称", "合计", "基本支出", "项目支出"};
            for (int c = 0; c < header.length; c++) {
                ws.value(2, c, header[c]);
            }
            Object[][] rows = {
                {"", "合计", new BigDecimal("665.38"), new BigDecimal("260.72"), new BigDecimal("404.66")},
                {"210", "卫生健康支出", new BigDecimal("665.38"), new BigDecimal("260.72"), new BigDecimal("404.66")},
                {"21011", "行政事业单位医疗", new BigDecimal("404.66"), null, new BigDecimal("404.66")},
                {"2101103", "公务员医疗补助", new BigDecimal("404.66"), null, new BigDecimal("404.66")},
                {"21015", "医疗保障管理事务", new BigDecimal("260.72"), new BigDecimal("260.72"), null},
                {"2101501", "行政运行", new BigDecimal("260.72"), new BigDecimal("260.72"), null}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof BigDecimal n) {
                        ws.value(3 + r, c, n);
                    } else if (rows[r][c] instanceof String s && !s.isEmpty()) {
                        ws.value(3 + r, c, s);
                    }
                }
            }
        }
        ExtractRun.Summary s = new ExtractRun(Registry.empty(), tmp.resolve("out"), in)
                .run(ExtractRun.documents(List.of(in)));
        assertThat(s.documents()).isEqualTo(1);
        String csv = Files.readString(s.written().get(0));
        assertThat(csv).contains("# agency_id: 630103-").contains("# fiscal_year: 2024").contains("# kind: budget");
        assertThat(csv).contains("gpb_expenditure,2101103,公务员医疗补助,,total,,,404.66,万元,table,,")
                .contains("gpb_expenditure,2101103,公务员医疗补助,,project,,,404.66,万元,table,,")
                .contains("gpb_expenditure,2101501,行政运行,,basic,,,260.72,万元,table,,")
                .contains("gpb_expenditure,total,合计,,total,,,665.38,万元,table,,");
        assertThat(csv).containsPattern("2101103,公务员医疗补助,,total,,,404\\.66,万元,table,,\\d+,\"sheet 1, row 7, 2101103\"");
        assertThat(csv).doesNotContain("2101103,公务员医疗补助,,basic");
    }
}
