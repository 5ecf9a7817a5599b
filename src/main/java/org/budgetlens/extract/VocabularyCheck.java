package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.commons.csv.CSVRecord;
import org.budgetlens.model.Catalog;
import org.budgetlens.model.CsvResource;
import org.budgetlens.model.Stat;

/**
 * What the rows of each vocabulary file ({@link Vocabulary}) must name: its columns, and for the tables, lines,
 * measures and units it names, entries of the catalogue. A line code must be a line of its table
 * ({@link Catalog#lineCodeProblem}: a named line, or a classification code of the table's kind); where a file's
 * rows only ever stand for named lines (summary labels, 三公 columns, 绩效 funds), a named line. A problem names the
 * file, the line and the value.
 */
final class VocabularyCheck {

    /** A value a row names that the catalogue (or the file's own rules) does not allow. */
    record Problem(String file, long line, String tableId, String column, String value, String message) {
    }

    /** A value the catalogue does not have, allowed in one file, table and column (catalogue_gaps.csv). */
    record Gap(String file, String tableId, String column, String value, String why) {

        boolean covers(Problem p) {
            return file.equals(p.file()) && tableId.equals(p.tableId()) && column.equals(p.column())
                    && value.equals(p.value());
        }
    }

    /** Topics of the narrative that are no table: 绩效 (its figures go to perf_dept / perf_project). */
    private static final Set<String> OTHER_TOPICS = Set.of("perf");
    /** Tables a 绩效 phrase leaves to the sentence: the one it talks about, the indicator's, the current line's. */
    private static final Set<String> PERF_PLACEHOLDERS = Set.of("ctx", "ind", "cur");
    private static final List<String> PERF_TABLES = List.of("perf_dept", "perf_project");
    private static final Pattern FLAGS = Pattern.compile("[NCPI]*");
    private static final String TITLES = "extract/templates/table_titles.csv";

    /** Every vocabulary file and its columns (the header line). */
    static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();
    /** The check of one row, per file (the map: what earlier rows of the file said, for repeats). */
    private static final Map<String, BiConsumer<Row, Map<String, Long>>> CHECKS = new HashMap<>();

    static {
        file("column_headers.csv", VocabularyCheck::columnHeader, "table_id", "family", "word", "measure", "note");
        file("narrative_topics.csv", VocabularyCheck::narrativeTopic, "topic", "family", "pattern", "note");
        file("narrative_subjects.csv", VocabularyCheck::narrativeSubject, "topic", "family", "pattern", "table_id",
                "measure", "line_codes", "note");
        file("summary_labels.csv", VocabularyCheck::summaryLabel, "table_id", "side", "family", "pattern",
                "line_code", "note");
        file("three_public_items.csv", VocabularyCheck::threePublicItem, "family", "match", "pattern", "table_id",
                "line_code", "note");
        file("three_public_counts.csv", VocabularyCheck::threePublicCount, "family", "pattern", "table_id",
                "line_code", "measure", "unit", "note");
        file("perf_phrases.csv", VocabularyCheck::perfPhrase, "family", "pattern", "table_id", "line_code",
                "measure", "stat", "base", "flags", "note");
        file("perf_fund_labels.csv", VocabularyCheck::perfFundLabel, "family", "pattern", "line_code", "note");
        file("perf_indicator_units.csv", VocabularyCheck::perfIndicatorUnit, "family", "suffix", "unit", "note");
        file(Vocabulary.GAPS, VocabularyCheck::gap, "file", "table_id", "column", "value", "why");
    }

    private VocabularyCheck() {
    }

    private static void file(String name, BiConsumer<Row, Map<String, Long>> check, String... columns) {
        COLUMNS.put(name, List.of(columns));
        CHECKS.put(name, check);
    }

    /** Every problem of a file's rows (the gaps not yet taken out). */
    static List<Problem> check(String file, List<CSVRecord> rows, Catalog catalog) {
        List<Problem> problems = new ArrayList<>();
        if (!COLUMNS.containsKey(file)) {
            problems.add(new Problem(file, 1, "", "", file, Vocabulary.DIR + file
                    + ": not a vocabulary file the extractor reads (VocabularyCheck.COLUMNS)"));
            return problems;
        }
        Map<String, Long> seen = new HashMap<>();
        Set<String> families = families();
        for (CSVRecord r : rows) {
            Row row = new Row(file, r, catalog, problems);
            if (!row.hasColumns(COLUMNS.get(file))) {
                return problems;
            }
            if (!file.equals(Vocabulary.GAPS) && !families.contains(r.get("family"))) {
                row.problem("", "family", r.get("family"), "not base nor a template family of " + TITLES);
            }
            CHECKS.get(file).accept(row, seen);
        }
        return problems;
    }

    /** The rows of catalogue_gaps.csv, checked. */
    static List<Gap> gaps(List<CSVRecord> rows) {
        List<Problem> problems = check(Vocabulary.GAPS, rows, Catalog.standard());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems.stream().map(Problem::message).toList()));
        }
        return rows.stream().map(r -> new Gap(r.get("file"), r.get("table_id"), r.get("column"), r.get("value"),
                r.get("why"))).toList();
    }

    /** base and the families of the table titles. */
    private static Set<String> families() {
        Set<String> families = new TreeSet<>(Set.of("base"));
        CsvResource.read(TITLES).forEach(r -> families.add(r.get("family")));
        return families;
    }

    private static void columnHeader(Row row, Map<String, Long> seen) {
        String table = row.table("table_id");
        if (row.notBlank("word") && table != null) {
            Long first = seen.putIfAbsent(table + "\t" + row.get("word"), row.line);
            if (first != null) {
                row.problem(table, "word", row.get("word"), "repeats line " + first + " of table " + table
                        + " (the first wins)");
            }
        }
        row.measure(table, "measure", row.get("measure"));
    }

    private static void narrativeTopic(Row row, Map<String, Long> seen) {
        row.topic("topic");
        row.pattern("pattern");
    }

    /**
     * The measure may be blank (the words next to the number decide, or the subject books no amount) or
     * {@code count} for a table that counts (三公: the reader books the count it names, held, purchased …).
     */
    private static void narrativeSubject(Row row, Map<String, Long> seen) {
        row.topic("topic");
        row.pattern("pattern");
        String table = row.table("table_id");
        String measure = row.get("measure");
        boolean counts = table != null && row.catalog.measures(table).stream()
                .anyMatch(m -> row.catalog.measureKind(table, m).equals("count"));
        if (!measure.isEmpty() && !(measure.equals("count") && counts)) {
            row.measure(table, "measure", measure);
        }
        if (row.notBlank("line_codes")) {
            for (String code : row.get("line_codes").split(";", -1)) {
                row.lineCode(table, "line_codes", code);
            }
        }
    }

    private static void summaryLabel(Row row, Map<String, Long> seen) {
        String table = row.table("table_id");
        String side = row.get("side");
        if (table != null && !(table.equals("summary") && (side.equals("income") || side.equals("expenditure"))
                || table.equals("procurement") && side.isEmpty())) {
            row.problem(table, "side", side, "the summary labels are read for summary (side income or expenditure, "
                    + "also in the fiscal summary) and procurement (no side)");
        }
        row.pattern("pattern");
        row.namedLine(table, "line_code", row.get("line_code"));
    }

    private static void threePublicItem(Row row, Map<String, Long> seen) {
        String match = row.get("match");
        if (match.equals("regex")) {
            row.pattern("pattern");
        } else if (!match.equals("word")) {
            row.problem("", "match", match, "not regex nor word");
        }
        row.notBlank("pattern");
        String table = row.table("table_id");
        row.namedLine(table, "line_code", row.get("line_code"));
    }

    private static void threePublicCount(Row row, Map<String, Long> seen) {
        row.pattern("pattern");
        String table = row.table("table_id");
        row.namedLine(table, "line_code", row.get("line_code"));
        row.measure(table, "measure", row.get("measure"));
        row.unit("unit");
    }

    /**
     * A phrase's table may be left to the sentence (ctx, ind, cur): its line and measures are then checked against
     * the 绩效 tables it can be. {@code same} is the previous figure's measure; a base is a measure, or
     * table:line:measure.
     */
    private static void perfPhrase(Row row, Map<String, Long> seen) {
        row.pattern("pattern");
        String t = row.get("table_id");
        List<String> tables = PERF_PLACEHOLDERS.contains(t) ? PERF_TABLES : null;
        if (tables == null) {
            String table = row.table("table_id");
            tables = table == null ? List.of() : List.of(table);
        }
        String line = row.get("line_code");
        if (t.equals("ind") || t.equals("cur") || line.equals("ind") || line.equals("cur")) {
            if (!line.equals(t)) {
                row.problem(t, "line_code", line, "ind and cur go together as table and line");
            }
        } else {
            row.namedLineOfAny(t, tables, "line_code", line);
        }
        if (!row.get("measure").equals("same")) {
            row.measureOfAny(t, tables, "measure", row.get("measure"));
        }
        String stat = row.get("stat");
        if (Stat.fromId(stat).isEmpty()) {
            row.problem(t, "stat", stat, "not a stat of the normalized format (" + Stat.ids() + ")");
        }
        String base = row.get("base");
        String[] parts = base.split(":", -1);
        if (parts.length == 3) {
            String baseTable = row.catalog.table(parts[0]).isPresent() ? parts[0] : null;
            if (baseTable == null) {
                row.problem(t, "base", parts[0], "not a table of the catalogue (catalog/tables.csv)");
            }
            row.lineCode(baseTable, "base", parts[1]);
            row.measure(baseTable, "base", parts[2]);
        } else if (!base.isEmpty()) {
            row.measureOfAny(t, tables, "base", base);
        }
        if (!FLAGS.matcher(row.get("flags")).matches()) {
            row.problem(t, "flags", row.get("flags"), "flags are N, C, P and I");
        }
    }

    private static void perfFundLabel(Row row, Map<String, Long> seen) {
        row.pattern("pattern");
        row.namedLineOfAny("", PERF_TABLES, "line_code", row.get("line_code"));
    }

    private static void perfIndicatorUnit(Row row, Map<String, Long> seen) {
        row.notBlank("suffix");
        row.unit("unit");
    }

    private static void gap(Row row, Map<String, Long> seen) {
        String file = row.get("file");
        if (!COLUMNS.containsKey(file) || file.equals(Vocabulary.GAPS)) {
            row.problem("", "file", file, "not a vocabulary file");
        } else if (!COLUMNS.get(file).contains(row.get("column"))) {
            row.problem("", "column", row.get("column"), "not a column of " + file);
        }
        row.table("table_id");
        row.notBlank("value");
        row.notBlank("why");
    }

    /** One row being checked, adding to the file's problems. */
    private static final class Row {

        final String file;
        final CSVRecord record;
        final Catalog catalog;
        final long line;
        final List<Problem> problems;

        Row(String file, CSVRecord record, Catalog catalog, List<Problem> problems) {
            this.file = file;
            this.record = record;
            this.catalog = catalog;
            this.line = Vocabulary.line(record);
            this.problems = problems;
        }

        String get(String column) {
            return record.get(column);
        }

        void problem(String tableId, String column, String value, String why) {
            problems.add(new Problem(file, line, tableId, column, value, Vocabulary.DIR + file + " line " + line
                    + ": " + column + " '" + value + "': " + why));
        }

        boolean hasColumns(List<String> columns) {
            for (String c : columns) {
                if (!record.isMapped(c)) {
                    problems.add(new Problem(file, 1, "", c, c, Vocabulary.DIR + file + " line 1: no column " + c
                            + " (the header is " + String.join(",", columns) + ")"));
                    return false;
                }
            }
            return true;
        }

        boolean notBlank(String column) {
            if (get(column).isBlank()) {
                problem("", column, "", "blank");
                return false;
            }
            return true;
        }

        /** The table the column names, or null (a problem) when the catalogue has no such table. */
        String table(String column) {
            String id = get(column);
            if (catalog.table(id).isEmpty()) {
                problem(id, column, id, "not a table of the catalogue (catalog/tables.csv)");
                return null;
            }
            return id;
        }

        void topic(String column) {
            String topic = get(column);
            if (catalog.table(topic).isEmpty() && !OTHER_TOPICS.contains(topic)) {
                problem(topic, column, topic, "not a topic: a table of the catalogue (catalog/tables.csv) or perf");
            }
        }

        void pattern(String column) {
            try {
                Pattern.compile(get(column));
            } catch (PatternSyntaxException e) {
                problem("", column, get(column), "not a regular expression: " + e.getDescription());
            }
            notBlank(column);
        }

        void measure(String table, String column, String measure) {
            if (table != null && !catalog.measures(table).contains(measure)) {
                problem(table, column, measure, "not a measure of table " + table + " (catalog/measures.csv)");
            }
        }

        void lineCode(String table, String column, String code) {
            Optional<String> why = code.isEmpty() ? Optional.of("blank") : catalog.lineCodeProblem(table, code);
            if (table != null && why.isPresent()) {
                problem(table, column, code, why.get() + " (catalog/lines.csv)");
            }
        }

        void namedLine(String table, String column, String code) {
            if (table != null && !catalog.namedLines(table).containsKey(code)) {
                problem(table, column, code, "not a named line of table " + table + " (catalog/lines.csv)");
            }
        }

        void namedLineOfAny(String tableId, List<String> tables, String column, String code) {
            if (!tables.isEmpty() && tables.stream().noneMatch(t -> catalog.namedLines(t).containsKey(code))) {
                problem(tableId, column, code, "not a named line of " + String.join(" or ", tables)
                        + " (catalog/lines.csv)");
            }
        }

        void measureOfAny(String tableId, List<String> tables, String column, String measure) {
            if (!tables.isEmpty() && tables.stream().noneMatch(t -> catalog.measures(t).contains(measure))) {
                problem(tableId, column, measure, "not a measure of " + String.join(" or ", tables)
                        + " (catalog/measures.csv)");
            }
        }

        void unit(String column) {
            if (!catalog.units().containsKey(get(column))) {
                problem("", column, get(column), "not a unit of the catalogue (catalog/units.csv)");
            }
        }
    }
}
