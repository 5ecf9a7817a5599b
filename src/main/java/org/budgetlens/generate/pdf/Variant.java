package org.budgetlens.generate.pdf;

import java.util.SplittableRandom;

/**
 * How one disclosure is laid out, drawn from the seed and the disclosure alone (the same options give the same PDF,
 * whatever the number of cores).
 *
 * @param yuan            amounts in 元 (× 10,000, no decimals) and {@code 单位：元}, instead of 万元
 * @param sideBySide      the basic-expenditure table as two halves: 人员经费 rows left, 公用经费 rows right
 * @param splitLong       a table of {@value #LONG} rows or more continued over two pages, the header repeated
 * @param pageNumbers     "- n -" at the bottom centre of every page
 * @param rules           how the cell borders are drawn
 * @param numberOwnLine   the table number (公开05表, 表五) on a line of its own above a centred title
 * @param threePublicAcross the 三公 table laid out across (one column per item) instead of one row per item
 * @param splitCodes      function codes split over 类 | 款 | 项 columns, parents left blank
 */
record Variant(boolean yuan, boolean sideBySide, boolean splitLong, boolean pageNumbers, Rules rules,
        boolean numberOwnLine, boolean threePublicAcross, boolean splitCodes) {

    /** Rows from which a table is split over two pages in the {@link #splitLong} variant. */
    static final int LONG = 10;

    /** Cell borders: stroked rectangles, stroked lines (moveTo / lineTo), or thin filled rectangles (0.5 pt). */
    enum Rules {
        RECTANGLES, LINES, FILLED
    }

    static Variant of(long seed, String agencyId, int year, String kind) {
        long h = seed * 0x9E3779B97F4A7C15L + agencyId.hashCode() * 0xBF58476D1CE4E5B9L + year * 0x94D049BB133111EBL
                + kind.hashCode();
        SplittableRandom rng = new SplittableRandom(h);
        boolean yuan = rng.nextDouble() < 0.25;
        boolean sideBySide = rng.nextDouble() < 0.5;
        boolean splitLong = rng.nextDouble() < 0.4;
        boolean pageNumbers = rng.nextDouble() < 0.75;
        double r = rng.nextDouble();
        Rules rules = r < 0.45 ? Rules.RECTANGLES : r < 0.75 ? Rules.LINES : Rules.FILLED;
        boolean numberOwnLine = rng.nextDouble() < 0.4;
        boolean across = rng.nextDouble() < 0.4;
        boolean splitCodes = rng.nextDouble() < 0.3;
        return new Variant(yuan, sideBySide, splitLong, pageNumbers, rules, numberOwnLine, across, splitCodes);
    }

    String unitText() {
        return yuan ? "元" : "万元";
    }
}
