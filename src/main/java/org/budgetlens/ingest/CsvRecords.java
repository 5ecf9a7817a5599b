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

    /** One CSV record: its fields, the line it starts on, and its text (shortened when very long). */
    record Row(List<String> fields, long line, String raw) {
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
        List<Row> rows = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text.substring(start)))) {
            for (CSVRecord record : parser) {
                starts.add(start + record.getCharacterPosition());
                rows.add(new Row(record.toList(), 0, null));
            }
        } catch (IOException | UncheckedIOException e) {
            long brokenAt = brokenStart(text, start, starts);
            return new Rows(withPositions(text, rows, starts, lineStarts, brokenAt), lineOf(lineStarts, brokenAt),
                    shorten(text.substring((int) brokenAt).strip()));
        }
        return new Rows(withPositions(text, rows, starts, lineStarts, text.length()), 0, null);
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

    private static List<Row> withPositions(String text, List<Row> rows, List<Long> starts, int[] lineStarts,
            long end) {
        List<Row> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            long from = starts.get(i);
            long to = i + 1 < starts.size() ? starts.get(i + 1) : end;
            String raw = text.substring((int) from, (int) Math.min(to, text.length())).strip();
            result.add(new Row(rows.get(i).fields(), lineOf(lineStarts, from), shorten(raw)));
        }
        return result;
    }

    private static String shorten(String raw) {
        return raw.length() <= MAX_RAW ? raw : raw.substring(0, MAX_RAW) + "… (" + raw.length() + " characters)";
    }
}
