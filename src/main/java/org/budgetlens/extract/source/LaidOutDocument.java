package org.budgetlens.extract.source;

import java.util.List;

import org.budgetlens.extract.document.Document;
import org.budgetlens.extract.document.Where;

/**
 * A document as its input adapter laid it out: every line in reading order with its page and box (artefacts kept,
 * marked), the number of pages, and per page what could not be read.
 */
public record LaidOutDocument(List<LaidLine> lines, int pages, List<String> pageNotes) {

    /** The document model of these lines: headings, paragraphs, tables and artefacts. */
    public Document toDocument(String file, Where.Form form) {
        return Blocks.assemble(file, form, pages, lines, pageNotes);
    }

    /** The lines a reader reads: everything but page numbers and running heads. */
    public List<LaidLine> readable() {
        return lines.stream().filter(l -> l.kind() != LaidLine.Kind.ARTEFACT).toList();
    }
}
