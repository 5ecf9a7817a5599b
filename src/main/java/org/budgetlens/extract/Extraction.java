package org.budgetlens.extract;

import java.util.List;
import java.util.Map;

import org.budgetlens.extract.verify.Agreements;
import org.budgetlens.extract.verify.TableProof;

/**
 * The result of extracting one document: what it is, the tables found (with their declarations), the tables a
 * disclosure of its kind should have but does not, every figure, every unused figure-like cell or phrase, and
 * problems that stopped a part of the extraction.
 */
public record Extraction(SourceText doc, DocumentMeta meta, List<FoundTable> tables, List<String> missingTables,
        List<Figure> figures, List<Unused> unused, List<String> problems, Proof proof) {

    /**
     * What the tables' own identities proved: per figure (aligned with {@code figures}) proven, unproven or failed
     * ("" for a figure not from a table), per table the identities checked and those that failed, and the
     * agreements across tables checked and those that failed.
     */
    public record Proof(List<String> verified, Map<String, TableProof.Result> byTable, Agreements.Result across) {

        static Proof none(int figures) {
            return new Proof(java.util.Collections.nCopies(figures, ""), Map.of(), new Agreements.Result(0, List.of()));
        }

        /** The share of table figures proven by at least one identity (1 when there is none). */
        public double confidence() {
            long table = verified.stream().filter(v -> !v.isEmpty()).count();
            long proven = verified.stream().filter(v -> v.equals("proven")).count();
            return table == 0 ? 1.0 : (double) proven / table;
        }
    }

    /** A table found, with how many figures it gave. */
    public record FoundTable(String tableId, String number, String title, int line, String unit, int figures,
            String emptyNote, String layout) {
    }
}
