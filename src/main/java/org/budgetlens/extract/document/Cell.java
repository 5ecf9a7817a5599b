package org.budgetlens.extract.document;

/**
 * A table cell: its text (a multi-line cell read as one), its first grid column (0-based), how many grid columns it
 * spans when the publisher merged cells, and its box on a PDF page (null for a text form or a workbook).
 */
public record Cell(String text, int column, int span, Box box) {
}
