package org.budgetlens.warehouse;

import java.math.BigDecimal;
import java.util.List;

import org.budgetlens.model.Figure;
import org.budgetlens.model.Rejection;
import org.budgetlens.model.TableDeclaration;
import org.budgetlens.model.Unit;

/** Row layouts of the staging files, matching the column lists of sql/ingest/insert_*.sql. */
final class Staging {

    static final String[] FIGURE_COLUMNS = {"file_number", "table_id", "line_code", "line_name", "detail",
        "measure", "stat", "base", "value", "source_value", "unit", "origin", "section", "source_line", "note",
        "file_line", "verified"};
    static final String[] TABLE_COLUMNS = {"file_number", "table_id", "title", "published_number", "unit",
        "empty_note", "source_line", "file_line"};
    static final String[] REJECT_COLUMNS = {"run_id", "source_file", "file_line", "disclosure_id", "reason", "record"};

    /** The scale of the stored amounts, DECIMAL(22,6). */
    private static final int STORED_SCALE = 6;

    private Staging() {
    }

    /** A disclosure's figures and table declarations, rendered under the number of its file. */
    static StagedRows stage(int fileNumber, List<Figure> figures, List<TableDeclaration> tables) {
        CsvBytes items = new CsvBytes(figures.size() * 96);
        CsvBytes facts = new CsvBytes(1024);
        CsvBytes declared = new CsvBytes(tables.size() * 96);
        int itemCount = 0;
        for (Figure f : figures) {
            boolean money = f.isMoney();
            figure(money ? items : facts, fileNumber, f, money);
            itemCount += money ? 1 : 0;
        }
        for (TableDeclaration t : tables) {
            declared.row(fileNumber, t.tableId(), t.title(), t.publishedNumber(), t.unit(), t.emptyNote(), t.sourceLine(),
                    t.fileLine());
        }
        return new StagedRows(fileNumber, items.toByteArray(), facts.toByteArray(), declared.toByteArray(), itemCount,
                figures.size() - itemCount, tables.size());
    }

    /** A figure row: money in 万元 with its published value and unit, other figures as published. */
    private static void figure(CsvBytes out, int fileNumber, Figure f, boolean money) {
        out.row(fileNumber, f.tableId(), f.lineCode(), f.lineName(), f.detail(), f.measure(), f.stat().id(), f.base(),
                money ? wan(f) : f.value(), f.sourceValue(), f.unit(), f.origin().id(), f.section(), f.sourceLine(),
                f.note(), f.fileLine(), f.verified());
    }

    /** The amount in 万元, exact; trailing zeros are only stripped when they would exceed the stored scale. */
    private static BigDecimal wan(Figure f) {
        if (f.value() == null) {
            return null;
        }
        BigDecimal wan = Unit.WAN_YUAN.equals(f.unit()) ? f.value() : f.amountWan();
        return wan.scale() > STORED_SCALE ? wan.stripTrailingZeros() : wan;
    }

    static void rejects(StagingCsv out, int runId, List<Rejection> rejections) {
        for (Rejection r : rejections) {
            out.row(runId, r.sourceFile(), r.fileLine(), r.disclosureId(), r.reason(), r.record());
        }
    }
}
