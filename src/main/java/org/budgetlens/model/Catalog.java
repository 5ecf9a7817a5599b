package org.budgetlens.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The vocabulary of the normalized format: canonical tables, their measures and named lines, and the shape of
 * classification codes. Loaded from {@code catalog/*.csv} on the class path (documented in
 * docs/normalized-format.md).
 */
public final class Catalog {

    private static final Pattern FUNCTION_CODE = Pattern.compile("2\\d{2}(\\d{2}){0,2}");
    private static final Pattern FUNCTION_CLASS = Pattern.compile("2\\d{2}");
    private static final Pattern ECONOMIC_CODE = Pattern.compile("[35]\\d{2}(\\d{2})?");
    private static final Pattern INDICATOR = Pattern.compile("ind[1-9]\\d{0,3}");

    /** The special line code that declares a published table. */
    public static final String TABLE_LINE = "_table";

    private static final Catalog DEFAULT = load();

    private final Map<String, TableSpec> tables;
    private final Map<String, Set<String>> measures;
    private final Map<String, String> measureKinds;
    private final Map<String, Map<String, String>> namedLines;
    private final Map<String, String> units;
    /** Line codes repeat across thousands of files: each (table, code) is checked once. */
    private final Map<String, Optional<String>> lineChecks = new java.util.concurrent.ConcurrentHashMap<>();

    /** A canonical table and the kind of line codes its rows use. */
    public record TableSpec(String id, String codes, String nameZh) {

        public boolean function() {
            return codes.contains("function") && !codes.contains("function_class");
        }

        public boolean functionClass() {
            return codes.contains("function_class");
        }

        public boolean economic() {
            return codes.contains("economic");
        }

        boolean indicators() {
            return codes.contains("indicator");
        }
    }

    private Catalog(Map<String, TableSpec> tables, Map<String, Set<String>> measures, Map<String, String> measureKinds,
            Map<String, Map<String, String>> namedLines, Map<String, String> units) {
        this.tables = tables;
        this.measures = measures;
        this.measureKinds = measureKinds;
        this.namedLines = namedLines;
        this.units = units;
    }

    public static Catalog standard() {
        return DEFAULT;
    }

    public Set<String> tableIds() {
        return Collections.unmodifiableSet(tables.keySet());
    }

    public Optional<TableSpec> table(String tableId) {
        return Optional.ofNullable(tables.get(tableId));
    }

    public Set<String> measures(String tableId) {
        return measures.getOrDefault(tableId, Set.of());
    }

    public Map<String, String> namedLines(String tableId) {
        return namedLines.getOrDefault(tableId, Map.of());
    }

    /**
     * What a measure holds: money (a blank unit means 万元), count, score, area, or any (performance indicator
     * values, which may be money, a count or a percentage).
     */
    public String measureKind(String tableId, String measure) {
        return measureKinds.getOrDefault(tableId + "." + measure, "any");
    }

    /** Known units and their kind (money, percent, count, score, area, rate, duration). */
    public Map<String, String> units() {
        return Collections.unmodifiableMap(units);
    }

    /** Why {@code lineCode} cannot be a line of {@code tableId}, or empty when it can. */
    public Optional<String> lineCodeProblem(String tableId, String lineCode) {
        return lineChecks.computeIfAbsent(tableId + "|" + lineCode, k -> checkLineCode(tableId, lineCode));
    }

    private Optional<String> checkLineCode(String tableId, String lineCode) {
        TableSpec spec = tables.get(tableId);
        if (spec == null || TABLE_LINE.equals(lineCode) || namedLines(tableId).containsKey(lineCode)) {
            return Optional.empty();
        }
        if (spec.function() && FUNCTION_CODE.matcher(lineCode).matches()
                || spec.functionClass() && FUNCTION_CLASS.matcher(lineCode).matches()
                || spec.economic() && ECONOMIC_CODE.matcher(lineCode).matches()
                || spec.indicators() && INDICATOR.matcher(lineCode).matches()) {
            return Optional.empty();
        }
        return Optional.of("line_code '" + lineCode + "' is not valid in table " + tableId + ": expected "
                + expectedLineCodes(spec));
    }

    private String expectedLineCodes(TableSpec spec) {
        StringBuilder expected = new StringBuilder();
        if (spec.function()) {
            expected.append("a function classification code (2xx, 2xxxx or 2xxxxxx, e.g. 2101103), ");
        }
        if (spec.functionClass()) {
            expected.append("a function classification 类 code (2xx, e.g. 210), ");
        }
        if (spec.economic()) {
            expected.append("an economic classification code (3xx/5xx or 3xxxx/5xxxx, e.g. 30201), ");
        }
        if (spec.indicators()) {
            expected.append("an indicator ind1, ind2, …, ");
        }
        expected.append(expected.length() == 0 ? "one of: " : "or one of: ")
                .append(String.join(", ", namedLines(spec.id()).keySet()));
        return expected.toString();
    }

    private static Catalog load() {
        Map<String, TableSpec> tables = new LinkedHashMap<>();
        for (CSVRecord r : read("catalog/tables.csv")) {
            tables.put(r.get("table_id"), new TableSpec(r.get("table_id"), r.get("codes"), r.get("name_zh")));
        }
        Map<String, Set<String>> measures = new LinkedHashMap<>();
        Map<String, String> measureKinds = new LinkedHashMap<>();
        for (CSVRecord r : read("catalog/measures.csv")) {
            measures.computeIfAbsent(r.get("table_id"), t -> new LinkedHashSet<>()).add(r.get("measure"));
            measureKinds.put(r.get("table_id") + "." + r.get("measure"), r.get("kind"));
        }
        Map<String, Map<String, String>> lines = new LinkedHashMap<>();
        for (CSVRecord r : read("catalog/lines.csv")) {
            lines.computeIfAbsent(r.get("table_id"), t -> new LinkedHashMap<>()).put(r.get("line_code"), r.get("name_zh"));
        }
        Map<String, String> units = new LinkedHashMap<>();
        for (CSVRecord r : read("catalog/units.csv")) {
            units.put(r.get("unit"), r.get("kind"));
        }
        for (String t : measures.keySet()) {
            if (!tables.containsKey(t)) {
                throw new IllegalStateException("catalog/measures.csv names unknown table " + t);
            }
        }
        for (String t : lines.keySet()) {
            if (!tables.containsKey(t)) {
                throw new IllegalStateException("catalog/lines.csv names unknown table " + t);
            }
        }
        return new Catalog(tables, measures, measureKinds, lines, units);
    }

    private static Iterable<CSVRecord> read(String resource) {
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                        .getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
