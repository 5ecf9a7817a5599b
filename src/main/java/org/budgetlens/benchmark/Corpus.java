package org.budgetlens.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.budgetlens.files.Folders;

/**
 * A larger input made from real disclosures: every disclosure of a data folder copied {@code copies} times, each
 * copy under its own agency id (and registry row), so that every file is a distinct disclosure.
 */
final class Corpus {

    static final String DISCLOSURES = "d";
    private static final String MAGIC = "# budgetlens-disclosure:";

    private Corpus() {
    }

    /** Writes the corpus into {@code target} (emptied first); returns the number of disclosure files. */
    static int build(Path data, Path target, int copies) throws IOException {
        Folders.deleteTree(target);
        Files.createDirectories(target);
        List<Path> disclosures = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                if (Files.readString(p, StandardCharsets.UTF_8).startsWith(MAGIC)) {
                    disclosures.add(p);
                }
            }
        }
        copyRegistry(data.resolve("agencies.csv"), target.resolve("agencies.csv"), copies);
        int files = 0;
        for (Path file : disclosures) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String agency = text.lines().filter(l -> l.startsWith("# agency_id:")).findFirst().orElseThrow()
                    .substring("# agency_id:".length()).strip();
            for (int i = 1; i <= copies; i++) {
                String id = copyId(agency, i);
                Path out = target.resolve(DISCLOSURES).resolve(id).resolve(file.getFileName().toString());
                Files.createDirectories(out.getParent());
                Files.writeString(out, text.replace("# agency_id: " + agency, "# agency_id: " + id),
                        StandardCharsets.UTF_8);
                files++;
            }
        }
        return files;
    }

    /** How many copies the corpus in {@code dir} was built with (from its registry), or 0 when there is none. */
    static int copiesIn(Path dir) throws IOException {
        Path registry = dir.resolve("agencies.csv");
        if (!Files.isRegularFile(registry)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(registry, StandardCharsets.UTF_8)) {
            return lines.skip(1).map(l -> l.substring(0, l.indexOf(','))).filter(id -> id.matches(".*-b\\d{5}"))
                    .mapToInt(id -> Integer.parseInt(id.substring(id.length() - 5))).max().orElse(0);
        }
    }

    /** The number of disclosure files in a corpus. */
    static int files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve(DISCLOSURES))) {
            return (int) walk.filter(p -> p.toString().endsWith(".csv")).count();
        }
    }

    static String copyId(String agencyId, int copy) {
        return agencyId + String.format("-b%05d", copy);
    }

    private static void copyRegistry(Path registry, Path target, int copies) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(registry, StandardCharsets.UTF_8);
                Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            var parser = format.parse(in);
            List<String> header = parser.getHeaderNames();
            List<CSVRecord> rows = parser.getRecords();
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').get())) {
                for (int i = 1; i <= copies; i++) {
                    for (CSVRecord r : rows) {
                        List<String> values = new ArrayList<>(r.toList());
                        values.set(header.indexOf("agency_id"), copyId(r.get("agency_id"), i));
                        printer.printRecord(values);
                    }
                }
            }
        }
    }

}
