package org.budgetlens.extract.document;

import java.util.List;

/** A block of a document in reading order: a heading, a paragraph, a table or a page artefact. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Table, Block.Artefact {

    /** Where the block starts. */
    Where at();

    /** A heading or title line (headings split over lines already joined). */
    record Heading(String text, Where at) implements Block {
    }

    /** A paragraph of running text, rebuilt from its lines (a text form: one line). */
    record Paragraph(String text, Where at) implements Block {
    }

    /**
     * A table: its title and number ("表五", "公开05表") and unit as printed above it ("" when none is printed), its
     * header rows and body rows; a table continued over pages is one table, its repeated header dropped.
     */
    record Table(String title, String number, String unit, List<Row> header, List<Row> body, Where at)
            implements Block {

        public Table {
            header = List.copyOf(header);
            body = List.copyOf(body);
        }

        /** Header and body rows in the order printed. */
        public List<Row> rows() {
            List<Row> all = new java.util.ArrayList<>(header);
            all.addAll(body);
            return all;
        }

        /** How a reader cites the table: its printed number, else its place on the page. */
        public String label() {
            return number.isEmpty() ? "table " + at.table() : number;
        }
    }

    /** A page number or a running head: in the model, never read into a sentence or a table. */
    record Artefact(String text, Kind kind, Where at) implements Block {

        /** What the artefact is. */
        public enum Kind {
            PAGE_NUMBER, RUNNING_HEAD
        }
    }
}
