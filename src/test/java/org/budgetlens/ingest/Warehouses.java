package org.budgetlens.ingest;

import java.nio.file.Path;
import java.util.List;

import org.budgetlens.Cli;

/** Order-independent fingerprints of a warehouse's contents, to compare two warehouses. */
final class Warehouses {

    private Warehouses() {
    }

    /**
     * Counts, sums and a hash over every row of the analyst views, the stored metrics and the audit's results (storage
     * keys, run ids and load times excluded).
     */
    static List<String> fingerprint(Path db) {
        return Cli.sqlCsv(db, """
                SELECT 'line_items', count(*), sum(amount), sum(hash(disclosure_id, table_id, line_code, line_name,
                       detail, measure, stat, base, amount, source_value, source_unit, origin, section, source_line,
                       note, source_file, file_line)) FROM line_items
                UNION ALL SELECT 'facts', count(*), sum(value), sum(hash(disclosure_id, name, detail, base, value, unit,
                       origin, source_line, file_line)) FROM facts
                UNION ALL SELECT 'disclosures', count(*), sum(line_item_count), sum(hash(disclosure_id, agency_id,
                       fiscal_year, kind, source_file, content_sha256, reject_count)) FROM disclosures
                UNION ALL SELECT 'tables', count(*), NULL, sum(hash(disclosure_id, table_id, title, source_line))
                       FROM disclosure_tables
                UNION ALL SELECT 'rejects', count(*), NULL, sum(hash(source_file, file_line, reason)) FROM rejects
                UNION ALL SELECT 'agencies', count(*), NULL, sum(hash(agency_id, agency_name, region_code))
                       FROM agencies
                UNION ALL SELECT 'metric_values', count(*), sum(value), sum(hash(disclosure_id, metric, value))
                       FROM metric_values
                UNION ALL SELECT 'figures', count(*), sum(amount), sum(hash(disclosure_id, table_id, line_code, detail,
                       measure, amount, origin, statements, conflicting)) FROM figures
                UNION ALL SELECT 'audit_result', count(*), sum(difference), sum(hash(rule_id, severity, disclosure_id,
                       subject, status, expected, actual, difference, tolerance, evidence)) FROM audit_result
                UNION ALL SELECT 'audit_rule', count(*), NULL, sum(hash(rule_id, severity, tolerance)) FROM audit_rule
                ORDER BY 1
                """);
    }
}
