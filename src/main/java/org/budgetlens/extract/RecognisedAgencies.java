package org.budgetlens.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.budgetlens.identity.AgencyIdentity;

/**
 * The agencies recognised from the documents of a run (not from a registry), written as an {@code agencies.csv} in the
 * registry format, so that ingest loads their disclosures with no hand-made registry. One row per agency id; the other
 * names it was published under become its aliases. An agency whose region could not be decided has a blank region and
 * level {@code unknown}.
 */
final class RecognisedAgencies {

    static final String FILE = "agencies.csv";
    private static final String[] HEADER = {"agency_id", "agency_name", "region_code", "province", "city", "county",
        "sector", "admin_level", "scope", "unit_type", "parent_id", "aliases"};

    private RecognisedAgencies() {
    }

    /** Writes {@code out/agencies.csv}; returns it, or null when no agency was recognised (nothing written). */
    static Path write(Path out, List<DocumentMeta> metas) throws IOException {
        Map<String, AgencyIdentity> byId = new LinkedHashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (DocumentMeta m : metas) {
            if (!m.recognised()) {
                continue;
            }
            AgencyIdentity a = m.identity();
            byId.putIfAbsent(a.agencyId(), a);
            Set<String> n = names.computeIfAbsent(a.agencyId(), k -> new LinkedHashSet<>());
            n.add(a.name());
            n.add(a.canonicalName());
        }
        if (byId.isEmpty()) {
            return null;
        }
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord((Object[]) HEADER);
            for (AgencyIdentity a : byId.values()) {
                Set<String> aliases = new LinkedHashSet<>(names.get(a.agencyId()));
                aliases.remove(a.canonicalName());
                p.printRecord(a.agencyId(), a.canonicalName(), a.regionCode(), a.province(), a.city(), a.county(),
                        a.sector(), a.level(), a.scope(), "", "", String.join(";", aliases));
            }
        }
        Files.createDirectories(out);
        Path file = out.resolve(FILE);
        Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
        return file;
    }
}
