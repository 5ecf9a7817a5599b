package org.budgetlens.extract.source;

import java.util.List;

/**
 * A document as its input adapter laid it out: every line in reading order with its page and box (artefacts kept,
 * marked), the number of pages, and per page what could not be read.
 */
public record LaidOutDocument(List<LaidLine> lines, int pages, List<String> pageNotes) {

    /** The lines a reader reads: everything but page numbers and running heads. */
    public List<LaidLine> readable() {
        return lines.stream().filter(l -> l.kind() != LaidLine.Kind.ARTEFACT).toList();
    }
}
