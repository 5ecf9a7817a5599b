package org.budgetlens.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * How the report shows one metric of {@code metric_values}: its Chinese title, formula and denominator (printed on
 * every chart of it), unit, which end is the concern ({@code low}: the lowest values are shown first, as for
 * an execution rate; {@code high}: the highest), the level past which a value is a concern on its own ({@code
 * threshold}, at the concern's end; null: none) and the smallest base a rate is ranked on ({@code minBase}, 万元;
 * null: any). Declared in {@code report/metrics.csv}.
 */
public record MetricSpec(String metric, String title, String formula, String denominator, String unit,
                         boolean lowIsConcern, BigDecimal threshold, BigDecimal minBase) {

    private static final List<MetricSpec> ALL = load();

    public static List<MetricSpec> all() {
        return ALL;
    }

    /** The formula and denominator, as the charts print them. */
    public String note() {
        return formula + "；" + denominator;
    }

    /** The spec of {@code metric}; fails loudly when metrics.csv lacks it. */
    public static MetricSpec of(String metric) {
        return ALL.stream().filter(m -> m.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new IllegalStateException("report/metrics.csv has no metric " + metric));
    }

    private static BigDecimal decimal(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
    }

    private static List<MetricSpec> load() {
        List<MetricSpec> specs = new ArrayList<>();
        for (CSVRecord r : ReportResources.csv("report/metrics.csv")) {
            specs.add(new MetricSpec(r.get("metric"), r.get("title"), r.get("formula"), r.get("denominator"),
                    r.get("unit"), r.get("concern").equals("low"), decimal(r.get("threshold")),
                    decimal(r.get("min_base"))));
        }
        return List.copyOf(specs);
    }
}
