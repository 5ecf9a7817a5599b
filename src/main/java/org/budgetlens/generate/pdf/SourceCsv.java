package org.budgetlens.generate.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A generated disclosure read back from its normalized CSV (docs/normalized-format.md): the front matter and the
 * records. The PDF is rendered from this file, so the CSV is the PDF's answer key figure for figure.
 */
record SourceCsv(String agencyId, int year, String kind, List<Line> lines) {

    /** One record of the file. */
    record Line(String table, String code, String name, String detail, String measure, String stat, String base,
            String value, String unit, String origin, String section, int sourceLine, String note) {

        boolean isDeclaration() {
            return "_table".equals(code);
        }

        boolean isTable() {
            return "table".equals(origin);
        }

        boolean isNarrative() {
            return "narrative".equals(origin);
        }
    }

    boolean isFinal() {
        return "final".equals(kind);
    }

    static SourceCsv read(Path file) throws IOException {
        String agency = "";
        int year = 0;
        String kind = "";
        List<Line> lines = new ArrayList<>(512);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.mark(4096);
            for (String s = r.readLine(); s != null && s.startsWith("#"); s = r.readLine()) {
                r.mark(4096);
                int colon = s.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = s.substring(1, colon).strip();
                String value = s.substring(colon + 1).strip();
                switch (key) {
                    case "agency_id" -> agency = value;
                    case "fiscal_year" -> year = Integer.parseInt(value);
                    case "kind" -> kind = value;
                    default -> {
                    }
                }
            }
            r.reset();
            for (CSVRecord c : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                lines.add(new Line(c.get("table_id"), c.get("line_code"), c.get("line_name"), c.get("detail"),
                        c.get("measure"), c.get("stat"), c.get("base"), c.get("value"), c.get("unit"),
                        c.get("origin"), c.get("section"), Integer.parseInt(c.get("source_line")),
                        c.get("note")));
            }
        }
        if (agency.isEmpty() || year == 0 || kind.isEmpty()) {
            throw new IOException(file + ": not a generated disclosure (front matter without agency, year or kind)");
        }
        return new SourceCsv(agency, year, kind, List.copyOf(lines));
    }
}
