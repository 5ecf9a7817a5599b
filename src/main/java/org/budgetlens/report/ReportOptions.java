package org.budgetlens.report;

import java.nio.file.Path;

import org.budgetlens.metrics.QueryFilter;

/**
 * What a report covers: the fiscal year of the district review (null: the latest with a disclosure of the kind),
 * a GB/T 2260 region code prefix and a sector (null: all), the disclosure kind and scope compared, how many agencies
 * a ranking or a trend shows at most, and the folder written.
 */
public record ReportOptions(Integer year, String region, String sector, String kind, String scope, int top,
                            Path out) {

    /** The default number of agencies per ranking chart: enough to read, few enough to fit a page. */
    public static final int DEFAULT_TOP = 20;

    /** The same selection written to {@code folder}. */
    public ReportOptions withOut(Path folder) {
        return new ReportOptions(year, region, sector, kind, scope, top, folder);
    }

    /** The region as the SQL filters take it: the code without its trailing zero pairs (630100 → 6301). */
    public String regionPrefix() {
        return region == null ? null : QueryFilter.regionPrefix(region);
    }

    /** The default folder name under {@code reports/}, from the selection: report-2024-630000-教育. */
    public String defaultFolderName() {
        StringBuilder b = new StringBuilder("report");
        b.append('-').append(year == null ? "latest" : year.toString());
        b.append('-').append(region == null ? "all-regions" : region);
        if (sector != null) {
            b.append('-').append(sector);
        }
        return SafeOutput.fileName(b.toString());
    }
}
