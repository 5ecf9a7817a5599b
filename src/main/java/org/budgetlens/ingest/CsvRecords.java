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
     * few records that are rejected).
     */
    static final class Row {

        private final List<String> fields;
        private final long line;
        private final String text;
        private final int from;
        private final int to;

        Row(List<String> fields, long line, String text, int from, int to) {
            this.fields = fields;
            this.line = line;
            this.text = text;
            this.from = from;
            this.to = to;
        }

        /** The record that could not be read to its end (an unterminated quote): no fields. */
        static Row broken(long line, String raw) {
            return new Row(List.of(), line, raw, 0, raw.length());
        }

        List<String> fields() {
            return fields;
        }

        long line() {
            return line;
        }

        /** The record as written (shortened when very long). */
        String raw() {
            return shorten(text.substring(from, Math.min(to, text.length())).strip());
        }
    }

    /** The records of a text, and the line of a record that could not be read to its end (0 if none). */
    record Rows(List<Row> rows, long brokenLine, String brokenRaw) {
    }

    private CsvRecords() {
    }

    /**
     * Reads the records of {@code text.substring(start)}; line numbers count from the start of {@code text}, whose
     * line starts are {@code lineStarts}.
     */
    static Rows read(String text, int start, int[] lineStarts) {
        List<List<String>> fields = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        try (StringReader reader = new StringReader(text)) {
            reader.skip(start);
            try (CSVParser parser = FORMAT.parse(reader)) {
                for (CSVRecord record : parser) {
                    if (record.size() == 1 && record.get(0).isBlank()) {
                        continue; // a line of spaces is a blank line, not a record
                    }
                    // Commons CSV reports the position where it started reading, before any blank lines it skipped.
                    starts.add((long) skipBlank(text, (int) (start + record.getCharacterPosition())));
                    fields.add(Arrays.asList(record.values()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            long brokenAt = brokenStart(text, start, starts);
            return new Rows(withPositions(text, fields, starts, lineStarts, brokenAt), lineOf(lineStarts, brokenAt),
                    shorten(text.substring((int) brokenAt).strip()));
        }
        return new Rows(withPositions(text, fields, starts, lineStarts, text.length()), 0, null);
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
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** Where the record that could not be read starts: right after the last complete record. */
    private static long brokenStart(String text, int start, List<Long> starts) {
        if (starts.isEmpty()) {
            return skipBlank(text, start);
        }
        int end = recordEnd(text, starts.get(starts.size() - 1).intValue());
        return skipBlank(text, end);
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

    private static List<Row> withPositions(String text, List<List<String>> fields, List<Long> starts,
            int[] lineStarts, long end) {
        List<Row> result = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            long from = starts.get(i);
            long to = i + 1 < starts.size() ? starts.get(i + 1) : end;
            result.add(new Row(fields.get(i), lineOf(lineStarts, from), text, (int) from, (int) to));
        }
        return result;
    }

    private static String shorten(String raw) {
        return raw.length() <= MAX_RAW ? raw : raw.substring(0, MAX_RAW) + "… (" + raw.length() + " characters)";
    }
}
