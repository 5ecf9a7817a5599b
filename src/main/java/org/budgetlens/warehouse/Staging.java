package org.budgetlens.warehouse;

import java.util.List;

import org.budgetlens.model.Figure;
import org.budgetlens.model.Rejection;

/** Row layouts of the staging files, matching the column lists of sql/ingest/insert_*.sql. */
final class Staging {

    static final String[] FIGURE_COLUMNS = {"disclosure_key", "table_id", "line_code", "line_name", "detail",
        "measure", "stat", "base", "value", "source_value", "unit", "origin", "section", "source_line", "note",
        "file_line"};
    static final String[] REJECT_COLUMNS = {"run_id", "source_file", "file_line", "disclosure_id", "reason", "record"};

    private Staging() {
    }

    /** A figure row: money in 万元 with its published value and unit, other figures as published. */
    static void figure(StagingCsv out, int key, Figure f) {
        out.row(key, f.tableId(), f.lineCode(), f.lineName(), f.detail(), f.measure(), f.stat().id(), f.base(),
                f.isMoney() ? f.amountWan() : f.value(), f.sourceValue(), f.unit(), f.origin().id(), f.section(),
                f.sourceLine(), f.note(), f.fileLine());
    }

    static void rejects(StagingCsv out, int runId, List<Rejection> rejections) {
        for (Rejection r : rejections) {
            out.row(runId, r.sourceFile(), r.fileLine(), r.disclosureId(), r.reason(), r.record());
        }
    }
}
