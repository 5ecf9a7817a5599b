package org.budgetlens.extract.document;

import java.util.List;
import java.util.stream.Stream;

/**
 * A published document as every input adapter gives it (PDF, workbook, text form): its blocks in reading order —
 * headings, paragraphs, tables, page artefacts — each with where it stands, the number of pages, and per page what
 * could not be read. The readers read this model only, never the file it came from.
 */
public record Document(String file, Where.Form form, int pages, List<Block> blocks, List<String> pageNotes) {

    public Document {
        blocks = List.copyOf(blocks);
        pageNotes = List.copyOf(pageNotes);
    }

    /** The document's tables in reading order. */
    public Stream<Block.Table> tables() {
        return blocks.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast);
    }
}
