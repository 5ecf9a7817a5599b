package org.budgetlens.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The answer key: one row per planted defect, with the disclosure, the rule that must fire and what changed. */
public final class AnswerKey {

    public static final String FILE = "answer-key.csv";
    static final String[] COLUMNS = {"file", "disclosure_id", "agency_id", "fiscal_year", "kind", "family", "rule_id",
        "also_fires", "table_id", "line_code", "measure", "stat", "change", "original", "planted"};

    /** One row of the key. */
    public record Entry(String file, String disclosureId, String agencyId, int fiscalYear, String kind,
            String family, String ruleId, List<String> alsoFires) {
    }

    private AnswerKey() {
    }

    static void writeHeader(Writer w) throws IOException {
        w.write(String.join(",", COLUMNS));
        w.write('\n');
    }

    static void write(Writer w, String file, Agency agency, int year, String kind, PlantedDefect d)
            throws IOException {
        String[] values = {file, agency.id() + "/" + year + "/" + kind, agency.id(), Integer.toString(year), kind,
            d.family(), d.ruleId(), d.alsoFires(), d.table(), d.line(), d.measure(), d.stat(), d.change(),
            d.original(), d.planted()};
        w.write(String.join(",", values));
        w.write('\n');
    }

    public static List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord c : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String also = c.get("also_fires");
                entries.add(new Entry(c.get("file"), c.get("disclosure_id"), c.get("agency_id"),
                        Integer.parseInt(c.get("fiscal_year")), c.get("kind"), c.get("family"), c.get("rule_id"),
                        also.isEmpty() ? List.of() : List.of(also.split(";"))));
            }
        }
        return entries;
    }
}
