package org.budgetlens.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes an extraction as a normalized disclosure file (docs/normalized-format.md). */
public final class DisclosureCsv {

    static final String[] HEADER = {"table_id", "line_code", "line_name", "detail", "measure", "stat", "base", "value",
        "unit", "origin", "section", "source_line", "note", "verified"};

    private DisclosureCsv() {
    }

    public static String render(Extraction x) {
        StringWriter w = new StringWriter();
        DocumentMeta m = x.meta();
        w.append("# budgetlens-disclosure: 1\n");
        w.append("# agency_id: ").append(m.agencyId()).append('\n');
        w.append("# fiscal_year: ").append(m.fiscalYear()).append('\n');
        w.append("# kind: ").append(m.kind()).append('\n');
        if (!m.title().isEmpty()) {
            w.append("# title: ").append(oneLine(m.title())).append('\n');
        }
        w.append("# source_doc: ").append(x.doc().sourceDoc()).append('\n');
        w.append("# note: extracted by budgetlens extract; see the extraction report beside this file")
                .append(x.doc().hasPlaces() ? "; source_line counts the lines of the laid-out document, each figure's"
                        + " note starts with its page (and table and row) in the published file" : "")
                .append('\n');
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build())) {
            p.printRecord((Object[]) HEADER);
            for (int i = 0; i < x.figures().size(); i++) {
                Figure f = x.figures().get(i);
                p.printRecord(f.tableId(), f.lineCode(), f.lineName(), f.detail(), f.measure(), f.stat(), f.base(),
                        f.value(), f.unit(), f.origin(), f.section(), f.sourceLine(), note(x.doc(), f),
                        x.proof().verified().get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** A figure of a PDF or of joined files cites its place first: "p. 5, table 1, row 7; …". */
    static String note(SourceText doc, Figure f) {
        String place = doc.place(f.sourceLine());
        if (place.isEmpty()) {
            return f.note();
        }
        return f.note().isEmpty() ? place : place + "; " + f.note();
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }
}
