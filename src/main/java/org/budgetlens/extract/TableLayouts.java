package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.budgetlens.extract.verify.TableProof;

/**
 * A table read as printed and, when that reading fails its own identities or gives no figure, read again in the
 * other layouts its structure allows — its code split over 类 | 款 (| 项) columns under one 编码 header, its header
 * one column off its data, two groups side by side under a repeated header — and the reading that passes is
 * booked: no identity failed, at least one held. When none passes, the reading as printed is kept (its figures then
 * booked failed or unproven, and the report names the failed identities).
 */
final class TableLayouts {

    /** A reading of a table: the layout it assumed ("as printed", "code split over 类 | 款", …) and what it gave. */
    record Reading(String layout, TableOutput out, TableProof.Result proof) {

        /**
         * No identity failed, one held, and no row gave two parts of one line (rule one-row-one-line: two groups
         * read as one books a row's second code as a part of its first).
         */
        boolean passes() {
            return proof.failed().isEmpty() && proof.status().containsValue(TableProof.Status.PROVEN)
                    && !partsOnOneRow(out.figures);
        }
    }

    static final String AS_PRINTED = "as printed";

    private static boolean partsOnOneRow(List<Figure> figures) {
        return !mergedLines(figures).isEmpty();
    }

    /** The lines (line|measure|stat) one row gave two parts of: two groups read as one. */
    private static java.util.Set<String> mergedLines(List<Figure> figures) {
        java.util.Set<String> merged = new java.util.HashSet<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Figure f : figures) {
            String line = f.lineCode() + "|" + f.measure() + "|" + f.stat();
            if (f.origin().equals("table") && f.detail().startsWith("#") && !seen.add(f.sourceLine() + "|" + line)) {
                merged.add(line);
            }
        }
        return merged;
    }

    private static final Pattern CLASS_CODE = Pattern.compile("[235]\\d{2}");
    private static final Pattern PART = Pattern.compile("\\d{2}");
    private static final Pattern CODE_HEADER = Pattern.compile("编码|代码");

    private TableLayouts() {
    }

    /** Reads the block as printed and, when needed, in its other layouts; the reading to book. */
    static Reading read(TableBlock block, Function<TableBlock, TableOutput> reader) {
        Reading printed = reading(AS_PRINTED, block, reader);
        boolean merged = partsOnOneRow(printed.out().figures);
        boolean sound = printed.proof().failed().isEmpty() && !printed.out().figures.isEmpty() && !merged;
        if (sound && !misaligned(block)) {
            return printed;
        }
        if (merged) {
            withoutMergedParts(printed.out());
        }
        for (Layout alternative : alternatives(block)) {
            Reading r = reading(alternative.name(), alternative.block(), reader);
            // a layout that reads fewer figures than the print is no better reading of it; where the print passes
            // too (its header not as wide as its data), the layout must prove more of the table
            if (r.passes() && r.out().figures.size() >= printed.out().figures.size()
                    && (!sound || proven(r) > proven(printed))) {
                return r;
            }
        }
        return merged ? new Reading(AS_PRINTED, printed.out(), prove(block.tableId(), printed.out().figures)) : printed;
    }

    private static long proven(Reading r) {
        return r.proof().status().values().stream().filter(TableProof.Status.PROVEN::equals).count();
    }

    /** Whether the header is not as wide as the data (rule header-width): its columns may not be the data's. */
    private static boolean misaligned(TableBlock block) {
        int header = width(block.header());
        return header > 0 && header != width(block.rows());
    }

    /** How many columns the rows fill, up to the last filled cell of the widest. */
    private static int width(List<TableBlock.Row> rows) {
        return rows.stream().mapToInt(r -> lastFilled(r.cells())).max().orElse(0);
    }

    /**
     * Rule one-row-one-line, when no layout passes: the parts of a line read twice from one row (and their sum) are
     * not booked but reported — two groups read as one would book the second code's amount on the first's line.
     */
    private static void withoutMergedParts(TableOutput out) {
        java.util.Set<String> merged = mergedLines(out.figures);
        out.figures.removeIf(f -> {
            boolean drop = merged.contains(f.lineCode() + "|" + f.measure() + "|" + f.stat());
            if (drop && f.origin().equals("table")) {
                out.unused.add(new Unused(f.sourceLine(), f.value(), "two amounts of one row read as parts of "
                        + f.tableId() + "." + f.lineCode() + ": groups side by side not told apart, nothing booked"));
            }
            return drop;
        });
    }

    private record Layout(String name, TableBlock block) {
    }

    private static Reading reading(String layout, TableBlock block, Function<TableBlock, TableOutput> reader) {
        TableOutput out;
        try {
            out = reader.apply(block);
        } catch (RuntimeException e) {
            if (layout.equals(AS_PRINTED)) {
                throw e;
            }
            out = new TableOutput(); // a layout the reader cannot follow gives nothing
        }
        return new Reading(layout, out, prove(block.tableId(), out.figures));
    }

    private static TableProof.Result prove(String tableId, List<Figure> figures) {
        List<TableProof.Cell> cells = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.tableId().equals(tableId) && !f.isTable() && !Numbers.blank(f.value())) {
                cells.add(new TableProof.Cell(i, f.lineCode(), f.detail(), f.measure(), f.stat(),
                        Numbers.decimal(f.value())));
            }
        }
        return TableProof.prove(tableId, cells);
    }

    /**
     * The layouts to try. A header as wide as its data is never re-aligned (a publisher's error in one column must
     * not make another column's figures pass for it): code splits and shifts only where the header's width differs
     * from the data's.
     */
    private static List<Layout> alternatives(TableBlock block) {
        List<Layout> out = new ArrayList<>();
        if (misaligned(block)) {
            boolean narrower = width(block.header()) < width(block.rows());
            codesJoined(block).ifPresent(b -> out.add(new Layout("codes split over 类 | 款 columns read joined", b)));
            out.add(new Layout("header shifted " + (narrower ? "right" : "left") + " by one column",
                    shifted(block, narrower ? 1 : -1)));
        }
        repeatedGroups(block).ifPresent(b -> out.add(new Layout("two groups side by side, read one after the other",
                b)));
        return out;
    }

    /**
     * Rule codes-joined: the data rows hold a 3-digit class code followed by a column of 2-digit parts (301 | 13) where
     * the header has one 编码 column for them: each code is read joined (30113, a class alone as 301), so the rows are
     * as wide as their header again and side-by-side groups stay apart.
     */
    private static java.util.Optional<TableBlock> codesJoined(TableBlock block) {
        int width = block.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        List<Integer> parts = new ArrayList<>(); // data columns holding the 款 of a class code before them
        for (int c = 0; c + 1 < width; c++) {
            int col = c;
            long classes = block.rows().stream()
                    .filter(r -> CLASS_CODE.matcher(Numbers.compact(r.cell(col))).matches()).count();
            long withPart = block.rows().stream()
                    .filter(r -> CLASS_CODE.matcher(Numbers.compact(r.cell(col))).matches()
                            && PART.matcher(Numbers.compact(r.cell(col + 1))).matches()).count();
            boolean onlyParts = block.rows().stream()
                    .filter(r -> CLASS_CODE.matcher(Numbers.compact(r.cell(col))).matches())
                    .allMatch(r -> Numbers.compact(r.cell(col + 1)).isEmpty()
                            || PART.matcher(Numbers.compact(r.cell(col + 1))).matches());
            if (classes >= 2 && withPart * 2 >= classes && onlyParts) {
                parts.add(c + 1);
            }
        }
        if (parts.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<TableBlock.Row> rows = new ArrayList<>();
        for (TableBlock.Row r : block.rows()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < r.cells().size(); c++) {
                if (parts.contains(c)) {
                    continue;
                }
                String cell = r.cell(c);
                if (parts.contains(c + 1)) {
                    cell = Numbers.compact(cell) + Numbers.compact(r.cell(c + 1));
                }
                cells.add(cell);
            }
            rows.add(new TableBlock.Row(r.line(), List.copyOf(cells)));
        }
        return java.util.Optional.of(with(block, block.header(), rows));
    }

    /** Rule header-shift: the header read one column to the right (a blank cell before it) or to the left. */
    private static TableBlock shifted(TableBlock block, int shift) {
        List<TableBlock.Row> header = new ArrayList<>();
        for (TableBlock.Row h : block.header()) {
            List<String> cells = new ArrayList<>(h.cells());
            if (shift > 0) {
                cells.add(0, "");
            } else if (!cells.isEmpty()) {
                cells.remove(0);
            }
            header.add(new TableBlock.Row(h.line(), List.copyOf(cells)));
        }
        return with(block, header, block.rows());
    }

    /**
     * Rule repeated-groups: a header whose cells repeat after its middle (科目 | 金额 | 科目 | 金额) holds two groups
     * side by side: the left group's rows, then the right group's, under the left header.
     */
    private static java.util.Optional<TableBlock> repeatedGroups(TableBlock block) {
        if (block.header().isEmpty()) {
            return java.util.Optional.empty();
        }
        TableBlock.Row last = block.header().get(block.header().size() - 1);
        List<String> cells = last.cells().stream().map(Numbers::compact).toList();
        int n = cells.size();
        if (n < 4 || n % 2 != 0 || !cells.subList(0, n / 2).equals(cells.subList(n / 2, n))
                || cells.stream().allMatch(String::isEmpty)) {
            return java.util.Optional.empty();
        }
        int half = n / 2;
        List<TableBlock.Row> header = block.header().stream()
                .map(h -> new TableBlock.Row(h.line(), h.cells().subList(0, Math.min(half, h.cells().size()))))
                .toList();
        List<TableBlock.Row> left = new ArrayList<>();
        List<TableBlock.Row> right = new ArrayList<>();
        for (TableBlock.Row r : block.rows()) {
            left.add(new TableBlock.Row(r.line(), r.cells().subList(0, Math.min(half, r.cells().size()))));
            if (r.cells().size() > half) {
                right.add(new TableBlock.Row(r.line(), r.cells().subList(half, r.cells().size())));
            }
        }
        left.addAll(right);
        return java.util.Optional.of(with(block, header, left));
    }

    /** How many cells up to the last filled one. */
    private static int lastFilled(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!Numbers.compact(cells.get(i)).isEmpty()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static TableBlock with(TableBlock b, List<TableBlock.Row> header, List<TableBlock.Row> rows) {
        return new TableBlock(b.tableId(), b.title(), b.number(), b.unit(), b.titleLine(), List.copyOf(header),
                List.copyOf(rows), b.note(), b.noteLine(), b.recognisedBy());
    }
}
