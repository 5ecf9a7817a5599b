package org.budgetlens.extract.verify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.csv.CSVRecord;
import org.budgetlens.model.Catalog;
import org.budgetlens.model.CsvResource;

/**
 * The figures two tables of one disclosure both publish must agree (data: {@code extract/agreements.csv}): the
 * 收支总表's 类 against the 支出表's, the 财政拨款收支总表's 一般公共预算 column against the 一般公共预算支出表, the
 * 基本支出 of the 支出表 against the 基本支出表's 合计, … {@code @classes} pairs every 类 both tables hold. A pair is
 * compared when both tables were read (this year's figures, no detail, one unit) and holds within one unit of the
 * last published decimal.
 *
 * <p>What an agreement does to a figure: one that agrees with the other table is {@link TableProof.Status#PROVEN}
 * (two tables read apart give the same number); one that disagrees and was not proven by its own table is
 * {@link TableProof.Status#FAILED}. A figure its own table proves stays proven when the other table disagrees: its
 * reading stands, the disagreement is the publisher's, and the audit reports it.
 */
public final class Agreements {

    /** One agreement: {@code tableA.lineA.measureA} = {@code tableB.lineB.measureB}. */
    public record Agreement(String tableA, String lineA, String measureA, String tableB, String lineB,
            String measureB, String why) {
    }

    /** A figure as the agreement sees it: its index in the caller's list, its table and the unit it is in. */
    public record Cell(int index, String tableId, String lineCode, String measure, String unit, BigDecimal value) {
    }

    /** The pairs compared, and each that did not agree, with by how much. */
    public record Result(int checked, List<String> failed) {
    }

    static final String RESOURCE = "extract/agreements.csv";
    private static final String CLASSES = "@classes";
    private static final List<Agreement> ALL = load();

    private Agreements() {
    }

    /**
     * Compares every pair of {@code cells} an agreement names and updates {@code status} (by cell index) as the class
     * comment says.
     */
    public static Result check(List<Cell> cells, Map<Integer, TableProof.Status> status) {
        Map<String, Cell> byKey = new HashMap<>();
        for (Cell c : cells) {
            if (c.value() != null) {
                byKey.putIfAbsent(key(c.tableId(), c.lineCode(), c.measure()), c);
            }
        }
        int checked = 0;
        List<String> failed = new ArrayList<>();
        for (Agreement a : ALL) {
            for (String[] lines : linePairs(a, cells)) {
                Cell x = byKey.get(key(a.tableA(), lines[0], a.measureA()));
                Cell y = byKey.get(key(a.tableB(), lines[1], a.measureB()));
                if (x == null || y == null || !x.unit().equals(y.unit())) {
                    continue;
                }
                checked++;
                BigDecimal diff = x.value().subtract(y.value());
                // one unit of the coarser of the two published decimals: 8.3 and 8.28 are one figure
                int scale = Math.max(0, Math.min(x.value().scale(), y.value().scale()));
                boolean holds = diff.abs().compareTo(BigDecimal.ONE.movePointLeft(scale)) <= 0;
                mark(x, holds, status);
                mark(y, holds, status);
                if (!holds) {
                    failed.add(a.why() + ": " + a.tableA() + "." + lines[0] + "." + a.measureA() + " "
                            + x.value().toPlainString() + " against " + a.tableB() + "." + lines[1] + "."
                            + a.measureB() + " " + y.value().toPlainString() + " (off by " + diff.toPlainString()
                            + ")");
                }
            }
        }
        return new Result(checked, List.copyOf(failed));
    }

    private static void mark(Cell c, boolean holds, Map<Integer, TableProof.Status> status) {
        TableProof.Status now = status.get(c.index());
        if (holds && now == TableProof.Status.UNPROVEN) {
            status.put(c.index(), TableProof.Status.PROVEN);
        } else if (!holds && now == TableProof.Status.UNPROVEN) {
            status.put(c.index(), TableProof.Status.FAILED);
        }
    }

    /** The line pairs an agreement compares: its two named lines, or each 类 both tables hold. */
    private static List<String[]> linePairs(Agreement a, List<Cell> cells) {
        if (!a.lineA().equals(CLASSES)) {
            return List.<String[]>of(new String[] {a.lineA(), a.lineB()});
        }
        TreeSet<String> inA = classes(a.tableA(), a.measureA(), cells);
        inA.retainAll(classes(a.tableB(), a.measureB(), cells));
        return inA.stream().map(c -> new String[] {c, c}).toList();
    }

    private static TreeSet<String> classes(String table, String measure, List<Cell> cells) {
        TreeSet<String> out = new TreeSet<>();
        for (Cell c : cells) {
            if (c.tableId().equals(table) && c.measure().equals(measure) && c.lineCode().matches("\\d{3}")) {
                out.add(c.lineCode());
            }
        }
        return out;
    }

    private static String key(String table, String line, String measure) {
        return table + "|" + line + "|" + measure;
    }

    private static List<Agreement> load() {
        List<Agreement> out = new ArrayList<>();
        Catalog catalog = Catalog.standard();
        for (CSVRecord r : CsvResource.read(RESOURCE)) {
            Agreement a = new Agreement(r.get("table_a"), r.get("line_a"), r.get("measure_a"), r.get("table_b"),
                    r.get("line_b"), r.get("measure_b"), r.get("why"));
            String problem = problem(catalog, a);
            if (problem != null) {
                throw new IllegalStateException(RESOURCE + " line " + (r.getRecordNumber() + 1) + ": " + problem);
            }
            out.add(a);
        }
        return List.copyOf(out);
    }

    /** What in an agreement the catalogue does not know, or null. */
    static String problem(Catalog catalog, Agreement a) {
        if (a.lineA().equals(CLASSES) != a.lineB().equals(CLASSES)) {
            return "@classes on one side only";
        }
        String first = side(catalog, a.tableA(), a.lineA(), a.measureA());
        return first != null ? first : side(catalog, a.tableB(), a.lineB(), a.measureB());
    }

    private static String side(Catalog catalog, String table, String line, String measure) {
        if (catalog.table(table).isEmpty()) {
            return "table " + table + " is not in the catalogue";
        }
        if (!line.equals(CLASSES) && !catalog.namedLines(table).containsKey(line)) {
            return "line " + line + " is not one of table " + table + "'s";
        }
        return catalog.measures(table).contains(measure) ? null
                : "measure " + measure + " is not one of table " + table + "'s";
    }

    /** Every agreement, loaded and checked (for the test that reads the data file). */
    static List<Agreement> all() {
        return ALL;
    }
}
