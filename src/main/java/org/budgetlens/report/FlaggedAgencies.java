package org.budgetlens.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The agencies the district review flags (rule: {@code sql/report/flagged_agencies.sql}; thresholds from
 * {@code report/metrics.csv}), as the table {@code flagged-agencies}: position, name, region, how many concerns and
 * which. The annual trend draws one chart per flagged agency; the page can link them.
 */
final class FlaggedAgencies {

    static final String ID = "flagged-agencies";
    static final String TITLE = "关注机构";

    private FlaggedAgencies() {
    }

    /** The flagged agencies of the review year (the latest with a disclosure of the kind when none is given). */
    static DataTable query(Connection connection, ReportOptions options) throws SQLException {
        Integer year = options.year() != null ? options.year() : defaultYear(connection, options);
        return query(connection, options, year);
    }

    static DataTable query(Connection connection, ReportOptions options, Integer year) throws SQLException {
        BigDecimal threshold = MetricSpec.of("execution_rate_pct").threshold();
        BigDecimal minBase = MetricSpec.of("three_public_change_pct").minBase();
        return DataTable.query(connection, "flagged_agencies.sql", ID, TITLE, year, options.regionPrefix(),
                options.sector(), options.kind(), options.scope(), threshold, minBase);
    }

    /** The rule in words, for the paragraphs that use it. */
    static String rule() {
        return "关注机构：预算执行率低于" + MetricSpec.of("execution_rate_pct").threshold().toPlainString()
                + "%或离群；人员经费占比、“三公”经费、“三公”增长率离群（增长率只计上年不低于"
                + MetricSpec.of("three_public_change_pct").minBase().toPlainString() + "万元的）；或有错误级审核发现";
    }

    private static Integer defaultYear(Connection connection, ReportOptions options) throws SQLException {
        DataTable t = DataTable.query(connection, "default_year.sql", "default-year", "", options.regionPrefix(),
                options.sector(), options.kind(), options.scope());
        Object year = t.rows().get(0).get(0);
        return year == null ? null : ((Number) year).intValue();
    }
}
