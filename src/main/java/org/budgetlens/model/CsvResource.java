package org.budgetlens.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A CSV file of the class path with a header row (vocabulary and rules kept as data), read whole. */
public final class CsvResource {

    private CsvResource() {
    }

    /** The records of {@code resource} (UTF-8, header row first); a missing resource is a broken build. */
    public static List<CSVRecord> read(String resource) {
        try (InputStream in = CsvResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
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
