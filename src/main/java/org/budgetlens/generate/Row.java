package org.budgetlens.generate;

/**
 * One record of a generated disclosure. Money is held in cents (written as 万元 with two decimals); any other
 * figure (a count, a percentage) as its text. Mutable only so that a planted defect can change a value in place.
 */
public final class Row {

    static final String TABLE = "table";
    static final String NARRATIVE = "narrative";

    final String table;
    final String line;
    final String name;
    final String detail;
    final String measure;
    final String stat;
    final String base;
    long cents;
    String text;
    final String unit;
    final String origin;
    final String section;
    final int sourceLine;
    final String note;

    Row(String table, String line, String name, String detail, String measure, String stat, String base, long cents,
            String text, String unit, String origin, String section, int sourceLine, String note) {
        this.table = table;
        this.line = line;
        this.name = name;
        this.detail = detail;
        this.measure = measure;
        this.stat = stat;
        this.base = base;
        this.cents = cents;
        this.text = text;
        this.unit = unit;
        this.origin = origin;
        this.section = section;
        this.sourceLine = sourceLine;
        this.note = note;
    }

    boolean isMoney() {
        return text == null;
    }

    boolean isNarrative() {
        return NARRATIVE.equals(origin);
    }

    /** The published value as text. */
    String value() {
        return text != null ? text : Money.text(cents);
    }

    /** Appends the record in the column order of {@link DisclosureFile#HEADER}. */
    void appendTo(StringBuilder b) {
        b.append(table).append(',').append(line).append(',').append(name).append(',').append(detail).append(',')
                .append(measure).append(',').append(stat).append(',').append(base).append(',');
        if (text != null) {
            b.append(text);
        } else if (measure.length() > 0) {
            Money.append(b, cents);
        }
        b.append(',').append(unit).append(',').append(origin).append(',').append(section).append(',')
                .append(sourceLine).append(',').append(note).append('\n');
    }
}
