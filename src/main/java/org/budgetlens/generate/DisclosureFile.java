package org.budgetlens.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.budgetlens.model.Kind;

/** Writes one disclosure in the normalized format: front matter, header, records. */
final class DisclosureFile {

    static final String HEADER =
            "table_id,line_code,line_name,detail,measure,stat,base,value,unit,origin,section,source_line,note\n";
    private static final int BUFFER = 1 << 16;

    private DisclosureFile() {
    }

    /** The file name of a disclosure inside its agency folder, e.g. 2024-final.csv. */
    static String fileName(int year, Kind kind) {
        return year + "-" + kind.id() + ".csv";
    }

    static void write(Path file, Agency agency, int year, Kind kind, long seed, List<Row> rows, StringBuilder b)
            throws IOException {
        b.setLength(0);
        b.append("# budgetlens-disclosure: 1\n# agency_id: ").append(agency.id())
                .append("\n# fiscal_year: ").append(year)
                .append("\n# kind: ").append(kind.id())
                .append("\n# title: ").append(agency.name()).append(year)
                .append(kind == Kind.FINAL ? "年度部门决算" : "年部门预算")
                .append("\n# source_doc: synthetic/").append(agency.id()).append('/').append(year).append('-')
                .append(kind.id()).append(".txt")
                .append("\n# note: synthetic disclosure (budgetlens generate --seed ").append(seed)
                .append("); not a real publication\n")
                .append(HEADER);
        for (Row r : rows) {
            r.appendTo(b);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.append(b);
        }
    }
}
