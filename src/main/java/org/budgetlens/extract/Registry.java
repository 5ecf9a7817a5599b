package org.budgetlens.extract;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The agencies an extracted document may belong to: id, region, the published name and its aliases. */
public record Registry(List<Entry> entries) {

    /** One agency and the names it publishes under. */
    public record Entry(String agencyId, String regionCode, String name, List<String> aliases) {
    }

    public static Registry empty() {
        return new Registry(List.of());
    }

    /** Reads an agencies.csv (the registry format of docs/normalized-format.md). */
    public static Registry read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                List<String> aliases = new ArrayList<>();
                if (r.isMapped("aliases") && r.isSet("aliases")) {
                    for (String a : r.get("aliases").split(";")) {
                        if (!a.isBlank()) {
                            aliases.add(a.strip());
                        }
                    }
                }
                entries.add(new Entry(r.get("agency_id").strip(), r.get("region_code").strip(),
                        r.get("agency_name").strip(), List.copyOf(aliases)));
            }
        }
        return new Registry(List.copyOf(entries));
    }
}
