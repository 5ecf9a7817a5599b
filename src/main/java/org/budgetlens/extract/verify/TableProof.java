package org.budgetlens.extract.verify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.budgetlens.model.Catalog;

/**
 * Proves a table's reading by its own identities before its figures are booked: the hierarchy of a coded table (每个
 * 类 = Σ 款, 款 = Σ 项, 合计 = Σ 类, each measure), and the identities of {@link Identities} (rows: 合计 = 基本支出 +
 * 项目支出; lines: 支出总计 = 本年支出合计 + 年末结转). An identity is checked when its whole and at least one part
 * were read; it holds within rounding: one unit of the last published decimal per addend. Each figure ends
 * {@link Status#FAILED} when an identity it is part of fails, else {@link Status#PROVEN} when one holds, else
 * {@link Status#UNPROVEN}. A publisher's real error (one cell off) fails the identities of that cell; a misreading
 * (a whole group booked on the wrong lines) fails many: the report names each failed identity and by how much.
 */
public final class TableProof {

    /** What the identities say of a figure. */
    public enum Status {
        PROVEN, UNPROVEN, FAILED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A table cell as the proof sees it: its index in the caller's list. */
    public record Cell(int index, String lineCode, String detail, String measure, String stat, BigDecimal value) {
    }

    /** The statuses by cell index, and each identity checked with whether it held. */
    public record Result(Map<Integer, Status> status, List<String> failed, int checked) {
    }

    private TableProof() {
    }

    public static Result prove(String tableId, List<Cell> cells) {
        Map<Integer, Status> status = new HashMap<>();
        cells.forEach(c -> status.put(c.index(), Status.UNPROVEN));
        List<String> failed = new ArrayList<>();
        int[] checked = {0};
        Map<String, List<Cell>> byStat = new LinkedHashMap<>();
        for (Cell c : cells) {
            if (c.detail().isEmpty() && c.value() != null) {
                byStat.computeIfAbsent(c.stat(), k -> new ArrayList<>()).add(c);
            }
        }
        Catalog.TableSpec spec = Catalog.standard().table(tableId).orElse(null);
        boolean coded = spec != null && (spec.function() || spec.economic());
        for (Map.Entry<String, List<Cell>> e : byStat.entrySet()) {
            Map<String, Map<String, Cell>> grid = new HashMap<>(); // line -> measure -> cell
            for (Cell c : e.getValue()) {
                grid.computeIfAbsent(c.lineCode(), k -> new HashMap<>()).putIfAbsent(c.measure(), c);
            }
            String stat = e.getKey().isEmpty() ? "" : " (" + e.getKey() + ")";
            if (coded) {
                hierarchy(grid, status, failed, checked, stat);
            }
            for (Identities.Identity i : Identities.of(tableId)) {
                if (i.overLines()) {
                    overLines(i, grid, status, failed, checked, stat);
                } else {
                    overMeasures(i, grid, status, failed, checked, stat);
                }
            }
        }
        return new Result(status, failed, checked[0]);
    }

    /** 类 = Σ 款, 款 = Σ 项 (function: 3/5/7 digits; economic: 3/5), 合计 = Σ 类: each measure. */
    private static void hierarchy(Map<String, Map<String, Cell>> grid, Map<Integer, Status> status,
            List<String> failed, int[] checked, String stat) {
        for (String parent : grid.keySet()) {
            if (!parent.matches("\\d{3}|\\d{5}")) {
                continue;
            }
            List<String> children = grid.keySet().stream()
                    .filter(c -> c.length() == parent.length() + 2 && c.startsWith(parent)).sorted().toList();
            check("Σ " + parent + "xx", parent, children, grid, status, failed, checked, stat);
        }
        if (grid.containsKey("total")) {
            List<String> classes = grid.keySet().stream().filter(c -> c.matches("\\d{3}")).sorted().toList();
            check("合计 = Σ 类", "total", classes, grid, status, failed, checked, stat);
        }
    }

    private static void overLines(Identities.Identity i, Map<String, Map<String, Cell>> grid,
            Map<Integer, Status> status, List<String> failed, int[] checked, String stat) {
        List<String> parts = new ArrayList<>();
        for (String p : i.parts()) {
            if (p.equals(Identities.CLASSES)) {
                grid.keySet().stream().filter(c -> c.matches("\\d{3}")).sorted().forEach(parts::add);
            } else {
                parts.add(p);
            }
        }
        check(i.why(), i.whole(), parts, grid, status, failed, checked, stat);
    }

    /** For each line: the whole line's measures against Σ of its part lines, measure by measure. */
    private static void check(String why, String whole, List<String> parts, Map<String, Map<String, Cell>> grid,
            Map<Integer, Status> status, List<String> failed, int[] checked, String stat) {
        Map<String, Cell> w = grid.get(whole);
        if (w == null || parts.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Cell> m : w.entrySet()) {
            List<Cell> addends = new ArrayList<>();
            for (String p : parts) {
                Cell c = grid.getOrDefault(p, Map.of()).get(m.getKey());
                if (c != null) {
                    addends.add(c);
                }
            }
            judge(why + ": " + whole + "." + m.getKey() + stat, m.getValue(), addends, status, failed, checked);
        }
    }

    /** For each line: the whole measure against Σ of the part measures of the same line. */
    private static void overMeasures(Identities.Identity i, Map<String, Map<String, Cell>> grid,
            Map<Integer, Status> status, List<String> failed, int[] checked, String stat) {
        for (Map.Entry<String, Map<String, Cell>> line : grid.entrySet()) {
            Cell whole = line.getValue().get(i.whole());
            if (whole == null) {
                continue;
            }
            List<Cell> addends = new ArrayList<>();
            for (String p : i.parts()) {
                Cell c = line.getValue().get(p);
                if (c != null) {
                    addends.add(c);
                }
            }
            judge(i.why() + ": " + line.getKey() + stat, whole, addends, status, failed, checked);
        }
    }

    private static void judge(String what, Cell whole, List<Cell> addends, Map<Integer, Status> status,
            List<String> failed, int[] checked) {
        if (addends.isEmpty()) {
            return;
        }
        checked[0]++;
        BigDecimal sum = BigDecimal.ZERO;
        int scale = Math.max(0, whole.value().scale());
        for (Cell a : addends) {
            sum = sum.add(a.value());
            scale = Math.max(scale, a.value().scale());
        }
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(scale).multiply(BigDecimal.valueOf(addends.size()));
        BigDecimal diff = whole.value().subtract(sum);
        boolean holds = diff.abs().compareTo(tolerance) <= 0;
        List<Cell> all = new ArrayList<>(addends);
        all.add(whole);
        for (Cell c : all) {
            if (!holds) {
                status.put(c.index(), Status.FAILED);
            } else if (status.get(c.index()) != Status.FAILED) {
                status.put(c.index(), Status.PROVEN);
            }
        }
        if (!holds) {
            failed.add(what + ": " + whole.value().toPlainString() + " against Σ " + sum.toPlainString() + " of "
                    + addends.size() + " (off by " + diff.toPlainString() + ")");
        }
    }
}
