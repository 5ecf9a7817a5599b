package org.budgetlens.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the generated agencies as an agencies.csv registry (docs/normalized-format.md). */
final class RegistryFile {

    static final String HEADER = "agency_id,agency_name,region_code,province,city,county,sector,admin_level,scope,"
            + "unit_type,parent_id,aliases\n";

    private RegistryFile() {
    }

    static void write(Path file, List<Agency> agencies) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (Agency a : agencies) {
                Government g = a.gov();
                w.write(String.join(",", a.id(), a.name(), g.code(), g.province(), g.city(), g.county(),
                        a.sector().name(), g.level(), "本级", a.unitType(), a.parentId(), ""));
                w.write('\n');
            }
        }
    }
}
