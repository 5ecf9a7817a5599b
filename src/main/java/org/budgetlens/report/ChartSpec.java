package org.budgetlens.report;

import org.jfree.chart.JFreeChart;

/**
 * One chart of the report: its file id, the chart, the table behind it (written as CSV and as a sheet), the note
 * that states the metric's formula and denominator, and the size it is drawn at.
 */
public record ChartSpec(String id, JFreeChart chart, DataTable data, String note, int width, int height) {
}
