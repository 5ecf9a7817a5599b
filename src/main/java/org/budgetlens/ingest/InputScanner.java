package org.budgetlens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the input files under the given folders, in a stable order: registries first, then every other CSV. */
public final class InputScanner {

    /**
     * The CSV files found: agency registries, and everything else that ends in .csv; and the answer keys of
     * {@code generate} among them, which are passed over (an answer key is not a disclosure).
     */
    public record Inputs(List<Path> registries, List<Path> csvFiles, List<Path> answerKeys) {

        public Inputs(List<Path> registries, List<Path> csvFiles) {
            this(registries, csvFiles, List.of());
        }

        public int fileCount() {
            return registries.size() + csvFiles.size();
        }
    }

    /** The file name and first columns of the answer key {@code generate} writes beside its province. */
    static final String ANSWER_KEY_FILE = "answer-key.csv";
    private static final String ANSWER_KEY_HEADER = "file,disclosure_id,agency_id,fiscal_year,kind,family,rule_id";

    private InputScanner() {
    }

    public static Inputs scan(List<Path> roots) {
        return scan(roots, null);
    }

    /** As {@link #scan(List)}, leaving out the files under {@code exclude} (the folder of extracted documents). */
    public static Inputs scan(List<Path> roots, Path exclude) {
        // Sets: a folder given twice, or a file and its folder, is still read once.
        Set<Path> registries = new LinkedHashSet<>();
        Set<Path> csv = new LinkedHashSet<>();
        Set<Path> keys = new LinkedHashSet<>();
        for (Path given : roots) {
            // Absolute paths identify a file whatever the working directory or spelling of the argument.
            Path root = given.toAbsolutePath().normalize();
            if (Files.isRegularFile(root)) {
                classify(root.normalize(), registries, csv, keys);
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).map(Path::normalize)
                        .filter(p -> exclude == null || !p.startsWith(exclude)).sorted()
                        .forEach(p -> classify(p, registries, csv, keys));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the folder " + root + ": " + e.getMessage(), e);
            }
        }
        return new Inputs(List.copyOf(registries), List.copyOf(csv), List.copyOf(keys));
    }

    /**
     * The inputs with more files after the others (the disclosures extracted from raw documents, and the registry of
     * the agencies recognised in them, which goes before the given registries: a registry row is upserted by id, so a
     * row the user wrote overrides the recognised one).
     */
    public static Inputs withCsv(Inputs inputs, List<Path> more) {
        List<Path> csv = new ArrayList<>(inputs.csvFiles());
        List<Path> registries = new ArrayList<>(inputs.registries());
        for (Path p : more) {
            Path n = p.toAbsolutePath().normalize();
            boolean registry = n.getFileName().toString().equals(RegistryParser.FILE_NAME);
            List<Path> into = registry ? registries : csv;
            if (!into.contains(n)) {
                into.add(registry ? 0 : into.size(), n);
            }
        }
        return new Inputs(List.copyOf(registries), List.copyOf(csv), inputs.answerKeys());
    }

    private static boolean isAnswerKey(Path p) {
        try (java.io.BufferedReader r = Files.newBufferedReader(p, java.nio.charset.StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return first != null && first.startsWith(ANSWER_KEY_HEADER);
        } catch (IOException | UncheckedIOException e) {
            return false; // not readable as the answer key: read as a CSV like any other, and rejected if bad
        }
    }

    private static void classify(Path p, Set<Path> registries, Set<Path> csv, Set<Path> keys) {
        String name = p.getFileName().toString();
        if (name.equals(RegistryParser.FILE_NAME)) {
            registries.add(p);
        } else if (name.equals(ANSWER_KEY_FILE) && isAnswerKey(p)) {
            keys.add(p); // rule answer-key-is-not-a-disclosure: passed over, and the run says so
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            csv.add(p);
        }
    }
}
