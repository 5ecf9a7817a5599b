package org.budgetlens.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;

/**
 * Every text a chart draws: title, notes, axis labels, category labels, series names (the legend), marker labels and
 * the value labels on bars and points. The report refuses a chart whose text the font cannot draw.
 */
public final class ChartLabels {

    private ChartLabels() {
    }

    public static List<String> of(JFreeChart chart) {
        List<String> labels = new ArrayList<>();
        if (chart.getTitle() != null) {
            labels.add(chart.getTitle().getText());
        }
        for (Object t : chart.getSubtitles()) {
            if (t instanceof TextTitle text) {
                labels.add(text.getText());
            } else if (!(t instanceof Title)) {
                labels.add(String.valueOf(t));
            }
        }
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryAxis domain = plot.getDomainAxis();
        ValueAxis range = plot.getRangeAxis();
        addIfPresent(labels, domain.getLabel());
        addIfPresent(labels, range.getLabel());
        CategoryDataset data = plot.getDataset();
        for (int c = 0; c < data.getColumnCount(); c++) {
            labels.add(data.getColumnKey(c).toString());
        }
        CategoryItemLabelGenerator values = plot.getRenderer().getDefaultItemLabelGenerator();
        for (int r = 0; r < data.getRowCount(); r++) {
            labels.add(data.getRowKey(r).toString());
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number n = data.getValue(r, c);
                if (n != null) {
                    labels.add(ReportCharts.format(n instanceof BigDecimal b ? b : new BigDecimal(n.toString())));
                }
                String label = values == null ? null : values.generateLabel(data, r, c);
                if (label != null) {
                    labels.add(label);
                }
            }
        }
        for (Object m : plot.getRangeMarkers(Layer.FOREGROUND) == null ? List.of()
                : plot.getRangeMarkers(Layer.FOREGROUND)) {
            addIfPresent(labels, ((Marker) m).getLabel());
        }
        labels.add("0123456789.,-%");
        return labels;
    }

    /** The labels the bundled font cannot draw, with the first character it fails on. */
    public static List<String> undrawable(JFreeChart chart) {
        List<String> bad = new ArrayList<>();
        for (String label : of(chart)) {
            int at = ReportFont.cannotDisplayFrom(label);
            if (at >= 0) {
                bad.add(label + " (U+" + Integer.toHexString(label.codePointAt(at)).toUpperCase() + ")");
            }
        }
        return bad;
    }

    private static void addIfPresent(List<String> labels, String label) {
        if (label != null && !label.isEmpty()) {
            labels.add(label);
        }
    }
}
