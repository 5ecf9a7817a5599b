package org.budgetlens.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * How the report shows one metric of {@code metric_values}: its Chinese title, formula and denominator (printed on
 * every chart of it), unit, and which end is the concern ({@code low}: the lowest values are shown first, as for
 * an execution rate; {@code high}: the highest). Declared in {@code report/metrics.csv}.
 */
public record MetricSpec(String metric, String title, String formula, String denominator, String unit,
                         boolean lowIsConcern) {

    private static final List<MetricSpec> ALL = load();

    public static List<MetricSpec> all() {
        return ALL;
    }

    /** The formula and denominator, as the charts print them. */
    public String note() {
        return formula + "；" + denominator;
    }

    private static List<MetricSpec> load() {
        List<MetricSpec> specs = new ArrayList<>();
        for (CSVRecord r : ReportResources.csv("report/metrics.csv")) {
            specs.add(new MetricSpec(r.get("metric"), r.get("title"), r.get("formula"), r.get("denominator"),
                    r.get("unit"), r.get("concern").equals("low")));
        }
        return List.copyOf(specs);
    }
}
