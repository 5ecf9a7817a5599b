package org.budgetlens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Larger inputs made from the seeds: the same disclosure published by many agencies. */
public final class Corpus {

    private Corpus() {
    }

    /**
     * Writes a registry of {@code agencies} agencies and, for each, a copy of seed 004 under its own agency id, into
     * {@code target} (one folder per agency).
     */
    public static Path seed004Copies(Path target, int agencies) {
        try {
            String seed = Files.readString(RepoData.SEED_004, StandardCharsets.UTF_8);
            List<String> registry = new ArrayList<>();
            registry.add("agency_id,agency_name,region_code,province,city,county,sector,admin_level,scope,unit_type,"
                    + "parent_id,aliases");
            for (int i = 1; i <= agencies; i++) {
                String id = String.format("630103-copy%03d", i);
                registry.add(id + ",西宁市城中区医疗保障局副本" + i + ",630103,青海省,西宁市,城中区,医疗保障,county,本级,行政,,");
                Path file = target.resolve(id).resolve("2024-final.csv");
                Files.createDirectories(file.getParent());
                Files.writeString(file, seed.replace("# agency_id: 630103-ylbzj", "# agency_id: " + id),
                        StandardCharsets.UTF_8);
            }
            Files.write(target.resolve("agencies.csv"), registry, StandardCharsets.UTF_8);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
