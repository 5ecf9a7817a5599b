package org.budgetlens.extract;

/** 绩效 tables (项目支出绩效自评表 / 目标表, 部门整体支出绩效自评表). */
final class PerformanceTableReader {

    private PerformanceTableReader() {
    }

    static TableOutput read(TableBlock block, SourceText doc) {
        TableOutput out = new TableOutput();
        for (TableBlock.Row row : block.rows()) {
            for (String cell : row.cells()) {
                if (Numbers.cell(cell) != null) {
                    out.unused(row, cell, "performance table cells are not read yet");
                }
            }
        }
        return out;
    }
}
