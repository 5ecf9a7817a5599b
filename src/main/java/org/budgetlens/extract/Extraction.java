package org.budgetlens.extract;

import java.util.List;

/**
 * The result of extracting one document: what it is, the tables found (with their declarations), the tables a
 * disclosure of its kind should have but does not, every figure, every unused figure-like cell or phrase, and
 * problems that stopped a part of the extraction.
 */
public record Extraction(SourceText doc, DocumentMeta meta, List<FoundTable> tables, List<String> missingTables,
        List<Figure> figures, List<Unused> unused, List<String> problems) {

    /** A table found, with how many figures it gave. */
    public record FoundTable(String tableId, String number, String title, int line, String unit, int figures,
            String emptyNote) {
    }
}
