package org.budgetlens.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits CSV text into records with Commons CSV, keeping for each record the physical line it starts on and its
 * raw text, so that every error can name its line and a reject report can show the record as it was written.
 */
final class CsvRecords {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final int MAX_RAW = 1000;

    /**
     * One CSV record: its fields, the line it starts on, and where its text is (the raw text is only built for the
     * few records that are rejected). A record that could not be read as CSV has no fields and a {@code problem}.
     */
    static final class Row {

        private final List<String> fields;
        private final long line;
        private final String text;
        private final int from;
        private final int to;
        private final String problem;

        Row(List<String> fields, long line, String text, int from, int to, String problem) {
            this.fields = fields;
            this.line = line;
            this.text = text;
            this.from = from;
            this.to = to;
            this.problem = problem;
        }

        List<String> fields() {
            return fields;
        }

        long line() {
            return line;
        }

        /** Why the record could not be read as CSV, or null. */
        String problem() {
            return problem;
        }

        /** The same record without its fields (its line, text and problem kept). */
        Row withoutFields() {
            return new Row(List.of(), line, text, from, to, problem);
        }

        /** The record as written (shortened when very long). */
        String raw() {
            return shorten(text.substring(from, Math.min(to, text.length())).strip());
        }
    }

    static final String UNCLOSED_QUOTE = "a quoted field opened here is never closed (the file may be truncated)";
    static final String TEXT_AFTER_QUOTE = "text follows the closing quote of a quoted field: quote the whole field and "
            + "double the quotes inside it (\"\"), or remove the quotes";

    private CsvRecords() {
    }

    /**
     * Reads the records of {@code text} from offset {@code start}; line numbers count from the start of
     * {@code text}, whose line starts are {@code lineStarts}. A line that breaks the CSV quoting becomes one row with
     * its problem, and reading resumes on the next line: a bad line never hides the records after it.
     */
    static List<Row> read(String text, int start, int[] lineStarts) {
        List<Row> rows = new ArrayList<>();
        int pos = start;
        while (pos < text.length()) {
            List<List<String>> fields = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            String failure = null;
            try (StringReader reader = new StringReader(text)) {
                reader.skip(pos);
                try (CSVParser parser = FORMAT.parse(reader)) {
                    for (CSVRecord record : parser) {
                        if (allBlank(record)) {
                            continue; // a line of spaces, or Excel's ",,,,", is a blank line, not a record
                        }
                        // Commons CSV reports where it started reading, before the blank lines it skipped.
                        starts.add(skipBlank(text, (int) (pos + record.getCharacterPosition())));
                        fields.add(Arrays.asList(record.values()));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                failure = String.valueOf(e.getMessage());
            }
            for (int i = 0; i < fields.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1) : -1;
                rows.add(new Row(fields.get(i), lineOf(lineStarts, starts.get(i)), text, starts.get(i), end, null));
            }
            if (failure == null) {
                break;
            }
            int broken = skipBlank(text, starts.isEmpty() ? pos : recordEnd(text, starts.get(starts.size() - 1)));
            int lineEnd = text.indexOf('\n', broken);
            int next = lineEnd < 0 ? text.length() : lineEnd + 1;
            String lower = failure.toLowerCase(java.util.Locale.ROOT);
            String problem = lower.contains("eof") ? UNCLOSED_QUOTE
                    : lower.contains("between encapsulated token") ? TEXT_AFTER_QUOTE
                    : "the CSV quoting of this line is malformed";
            rows.add(new Row(List.of(), lineOf(lineStarts, broken), text, broken, next, problem));
            pos = next;
        }
        // A record's text runs to where the next one starts (or to the end of its own line if it is broken).
        List<Row> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int to = r.to >= 0 ? r.to : i + 1 < rows.size() ? rows.get(i + 1).from : text.length();
            result.add(new Row(r.fields, r.line, text, r.from, to, r.problem));
        }
        return result;
    }

    private static boolean allBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A header without the blank columns Excel pads on the right. */
    static List<String> header(List<String> fields) {
        int n = fields.size();
        while (n > 1 && fields.get(n - 1).isBlank()) {
            n--;
        }
        return fields.subList(0, n).stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
    }

    /**
     * The record's fields for a header of {@code columns} named columns written {@code paddedWidth} wide: as they
     * are, or without the trailing blank fields of the header's own blank padding (Excel); null when the count does
     * not fit.
     */
    static List<String> fit(List<String> fields, int columns, int paddedWidth) {
        if (fields.size() == columns) {
            return fields;
        }
        if (fields.size() < columns || fields.size() > paddedWidth) {
            return null;
        }
        for (int i = columns; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                return null;
            }
        }
        return fields.subList(0, columns);
    }

    /** The physical line (1-based) of character offset {@code pos}. */
    static long lineOf(int[] lineStarts, long pos) {
        int i = Arrays.binarySearch(lineStarts, (int) pos);
        return (i >= 0 ? i : -i - 2) + 1L;
    }

    /** Offsets at which lines start. */
    static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = nl + 1;
        }
        return Arrays.copyOf(starts, n);
    }

    /** The offset just after the record starting at {@code from}: its line break outside quotes. */
    private static int recordEnd(String text, int from) {
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** The first offset at or after {@code from} that is not part of a blank (empty or all-space) line. */
    private static int skipBlank(String text, int from) {
        int lineStart = from;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            } else if (!Character.isWhitespace(c)) {
                return lineStart;
            }
        }
        return text.length();
    }

    private static String shorten(String raw) {
        return raw.length() <= MAX_RAW ? raw : raw.substring(0, MAX_RAW) + "… (" + raw.length() + " characters)";
    }
}
