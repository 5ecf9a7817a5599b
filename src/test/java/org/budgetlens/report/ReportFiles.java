package org.budgetlens.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads what a report wrote, as a reader of the folder would. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** The rows of data/ID.csv, keyed by the Chinese headings (the byte-order mark removed). */
    static List<Map<String, String>> csv(Path folder, String id) {
        try (Reader r = Files.newBufferedReader(folder.resolve("data").resolve(id + ".csv"), StandardCharsets.UTF_8)) {
            if (r.read() != '\uFEFF') {
                throw new AssertionError(id + ".csv does not start with a byte-order mark");
            }
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords()
                    .stream().map(CSVRecord::toMap).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one row whose column has the value. */
    static Map<String, String> row(List<Map<String, String>> rows, String column, String value) {
        List<Map<String, String>> found = rows.stream().filter(r -> value.equals(r.get(column))).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one row with " + column + " = " + value + ", found " + found.size()
                    + " in " + rows);
        }
        return found.get(0);
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
