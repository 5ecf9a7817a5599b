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
                    starts.add(start + record.getCharacterPosition());
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

    private static long brokenStart(String text, int start, List<Long> starts) {
        if (starts.isEmpty()) {
            return skipBlank(text, start);
        }
        long last = starts.get(starts.size() - 1);
        // The record that broke starts after the last complete record's line(s).
        int next = text.indexOf('\n', (int) last);
        return next < 0 ? text.length() : skipBlank(text, next + 1);
    }

    private static long skipBlank(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
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
