package org.budgetlens.report;

import java.util.List;

import org.jfree.chart.JFreeChart;

/**
 * One chart of the report: its file id, the chart, the table behind it (written as CSV and as a sheet), the note
 * that states the metric's formula and denominator, the size it is drawn at, and the agencies it draws, in its
 * order (their pages are linked under it; empty: a chart of totals).
 */
public record ChartSpec(String id, JFreeChart chart, DataTable data, String note, int width, int height,
                        List<String> agencies) {

    public ChartSpec {
        agencies = List.copyOf(agencies);
    }

    /** A chart that draws no agency of its own (totals, districts). */
    public ChartSpec(String id, JFreeChart chart, DataTable data, String note, int width, int height) {
        this(id, chart, data, note, width, height, List.of());
    }
}
