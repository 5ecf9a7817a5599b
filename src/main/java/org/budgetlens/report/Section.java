package org.budgetlens.report;

import java.util.List;

/**
 * A section of the report: a heading, paragraphs that say what it shows (plain text, escaped on output), its charts
 * and the tables shown under them. Every chart's and table's data is also written as CSV and a workbook sheet.
 */
public record Section(String id, String title, List<String> paragraphs, List<ChartSpec> charts,
                      List<DataTable> tables) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }
}
