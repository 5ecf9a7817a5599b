package org.budgetlens.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.budgetlens.extract.ExtractRun;
import org.budgetlens.extract.Registry;

/**
 * One document extracted by the extractor of the {@code extract} command ({@link ExtractRun}, the same code, into
 * a folder of the task's own): its normalized file's header ({@code # agency_id: …}), its figures as the file has
 * them (the value as published, text), its extraction report, and the region the agency was recognised in.
 */
record ExtractedDocument(String document, Map<String, String> header, List<String> columns,
        List<List<String>> figures, String report, String regionCode, String problem) implements Serializable {

    /** Extracts {@code document} (cited relative to the folder above its own, as extract does by default). */
    static ExtractedDocument extract(Path document) {
        Path work = null;
        try {
            work = Files.createTempDirectory("budgetlens-extract-");
            ExtractRun.Summary s = new ExtractRun(Registry.empty(), work, null).run(List.of(document));
            Path written = s.written().get(0);
            String name = written.getFileName().toString();
            boolean csv = name.endsWith(".csv");
            Path report = csv ? written.resolveSibling(name.substring(0, name.length() - 4) + ".extraction.md")
                    : written;
            ExtractedDocument parsed = csv ? parse(document.toString(), Files.readString(written, StandardCharsets.UTF_8))
                    : new ExtractedDocument(document.toString(), Map.of(), List.of(), List.of(), "", "", null);
            return new ExtractedDocument(document.toString(), parsed.header(), parsed.columns(), parsed.figures(),
                    Files.readString(report, StandardCharsets.UTF_8), s.registry() == null ? "" : region(s.registry()),
                    s.unread().get(0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + document + ": " + e.getMessage(), e);
        } finally {
            delete(work);
        }
    }

    /** A normalized disclosure file: its {@code # key: value} header, then its CSV rows. */
    static ExtractedDocument parse(String document, String text) throws IOException {
        Map<String, String> header = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (body.isEmpty() && line.startsWith("# ")) {
                int colon = line.indexOf(": ");
                header.put(line.substring(2, colon), line.substring(colon + 2));
            } else {
                body.append(line).append('\n');
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> columns;
        try (CSVParser parser = CSVParser.parse(new StringReader(body.toString()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get())) {
            columns = parser.getHeaderNames();
            for (CSVRecord r : parser) {
                rows.add(r.toList());
            }
        }
        return new ExtractedDocument(document, header, columns, rows, "", "", null);
    }

    /** The region code of the (one) agency in an agencies.csv. */
    private static String region(Path agencies) throws IOException {
        try (CSVParser parser = CSVParser.parse(agencies, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords().stream().map(r -> r.get("region_code")).findFirst().orElse("");
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temp folder left behind is no failure of the extraction
        }
    }
}
