package org.budgetlens.ingest;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.budgetlens.warehouse.LoadedFile;

/**
 * The files the warehouse holds disclosures from, set against the input files of this run, once every chunk is
 * committed:
 * <ul>
 * <li>kept: a disclosure whose file is among the inputs but was rejected this time (every record invalid, a bad front
 * matter, an unknown agency, …): the version loaded before stays, and the run says so;</li>
 * <li>gone: a disclosure whose file (or the document it was extracted from) lies under one of the given folders but is
 * no longer found there. It stays until a run with --prune removes it. Files outside the given folders are not
 * judged: a warehouse may be filled from several folders, one run each.</li>
 * </ul>
 */
final class StoredFiles {

    /**
     * The disclosures kept or gone, each with its input file (the document it was extracted from, or its CSV), and
     * every stored file that is gone (with a disclosure, or only rejects).
     */
    record Check(List<IngestRunner.FileDisclosure> kept, List<IngestRunner.FileDisclosure> gone,
            List<String> goneFiles) {
    }

    private StoredFiles() {
    }

    static Check check(IngestSession session) throws SQLException {
        Set<String> inputs = new HashSet<>();
        session.inputs().csvFiles().forEach(p -> inputs.add(p.toString()));
        List<IngestRunner.FileDisclosure> kept = new ArrayList<>();
        List<IngestRunner.FileDisclosure> gone = new ArrayList<>();
        Set<String> goneFiles = new LinkedHashSet<>();
        for (String[] row : session.warehouse().query("ingest/select_stored_files.sql",
                r -> new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)})) {
            String sourceFile = row[0];
            String disclosureId = row[1];
            String input = row[2] != null ? row[2] : sourceFile;
            if (inputs.contains(sourceFile)) {
                if (disclosureId != null && LoadedFile.REJECTED.equals(row[3])) {
                    kept.add(new IngestRunner.FileDisclosure(input, disclosureId));
                }
            } else if (under(Path.of(input), session.roots())) {
                goneFiles.add(sourceFile);
                if (disclosureId != null) {
                    gone.add(new IngestRunner.FileDisclosure(input, disclosureId));
                }
            }
        }
        return new Check(List.copyOf(kept), List.copyOf(gone), List.copyOf(goneFiles));
    }

    private static boolean under(Path file, List<Path> roots) {
        Path p = file.toAbsolutePath().normalize();
        return roots.stream().anyMatch(p::startsWith);
    }
}
