package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;

/** What reading one table yields: its figures and the cells that looked like figures but were not used. */
final class TableOutput {

    final List<Figure> figures = new ArrayList<>();
    final List<Unused> unused = new ArrayList<>();
    /** The project a 绩效 table is about (its 项目名称), and the unit that budgets it (预算单位), if published. */
    String detail = "";
    String agencyUnit = "";

    /** A table cell; a measure ending in {@link Measures#PRIOR} is the previous year's figure (stat prior). */
    void cell(TableBlock block, String lineCode, String lineName, String detail, String measure, String value,
            int line) {
        Figure f = Figure.cell(block.tableId(), lineCode, lineName, detail, measure, value, block.unit(), line);
        figures.add(measure.endsWith(Measures.PRIOR) ? f.asPrior(measure.substring(0, measure.length()
                - Measures.PRIOR.length())) : f);
    }

    void unused(TableBlock.Row row, String cell, String reason) {
        unused.add(new Unused(row.line(), cell.strip(), reason));
    }
}
