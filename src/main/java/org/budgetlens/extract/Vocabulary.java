package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.budgetlens.model.Catalog;
import org.budgetlens.model.CsvResource;

/**
 * The extractor's vocabulary kept as data: the CSV files of {@code extract/vocabulary/} (docs/extraction.md,
 * "Vocabulary as data"), one row per wording, each file read once by the class that uses it. Every row is checked
 * against the catalogue ({@code catalog/*.csv}) as it is read ({@link VocabularyCheck}): a table, line, measure or
 * unit the catalogue does not know stops the class from loading, naming the file, the line and the value. The few
 * values the extractor has always used that the catalogue does not have are listed in {@link #GAPS}, each with why.
 * The {@code family} column says which template family a wording comes from (base: the MOF templates; jiangsu,
 * shanghai …, as in {@code extract/templates/table_titles.csv}); it documents, it does not select: every row is
 * tried on every document.
 */
final class Vocabulary {

    static final String DIR = "extract/vocabulary/";
    /** Values the catalogue does not have, allowed in one file, table and column: file, table_id, column, value, why. */
    static final String GAPS = "catalogue_gaps.csv";
    private static final List<VocabularyCheck.Gap> GAP_ROWS = VocabularyCheck.gaps(CsvResource.read(DIR + GAPS));

    private Vocabulary() {
    }

    /** The rows of a vocabulary file, in the file's order, every one checked against the catalogue. */
    static List<CSVRecord> read(String file) {
        List<CSVRecord> rows = CsvResource.read(DIR + file);
        List<String> problems = new ArrayList<>();
        for (VocabularyCheck.Problem p : VocabularyCheck.check(file, rows, Catalog.standard())) {
            if (GAP_ROWS.stream().noneMatch(g -> g.covers(p))) {
                problems.add(p.message());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
        return rows;
    }

    /** The file's line of a row: the header is line 1. */
    static long line(CSVRecord row) {
        return row.getRecordNumber() + 1;
    }
}
