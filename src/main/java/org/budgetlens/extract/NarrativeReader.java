package org.budgetlens.extract;

import java.util.List;

import org.budgetlens.model.Kind;

/** The narrative (情况说明) read by the phrase catalogue. */
final class NarrativeReader {

    private NarrativeReader() {
    }

    static void read(SourceText doc, Kind kind, FunctionCodes codes, List<Figure> figures, List<Unused> unused) {
    }
}
