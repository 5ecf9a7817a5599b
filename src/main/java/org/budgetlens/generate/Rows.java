package org.budgetlens.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** The records of one disclosure as they are built, with the line numbers of the (synthetic) source document. */
final class Rows {

    private static final String WAN = "万元";
    final List<Row> list = new ArrayList<>(512);
    private int line = 20;

    int nextLine() {
        return ++line;
    }

    void declare(String table, String title, String number, String note) {
        list.add(new Row(table, "_table", title, number, "", "", "", 0, null, WAN, Row.TABLE, "", nextLine(), note));
    }

    void cell(String table, String code, String name, String measure, long cents, int src) {
        list.add(new Row(table, code, name, "", measure, "", "", cents, null, WAN, Row.TABLE, "", src, ""));
    }

    void fact(String table, String code, String name, String measure, String value, String unit, String origin,
            String section, int src) {
        list.add(new Row(table, code, name, "", measure, "", "", 0, value, unit, origin, section, src, ""));
    }

    void detailFact(String table, String code, String name, String detail, String measure, String value,
            String unit, String origin, String section, int src) {
        list.add(new Row(table, code, name, detail, measure, "", "", 0, value, unit, origin, section, src, ""));
    }

    void detailCell(String table, String code, String name, String detail, String measure, long cents, int src) {
        list.add(new Row(table, code, name, detail, measure, "", "", cents, null, WAN, Row.TABLE, "", src, ""));
    }

    void detailPercent(String table, String code, String name, String detail, String measure, String base,
            BigDecimal pct, int src) {
        list.add(new Row(table, code, name, detail, measure, "pct", base, 0, pct.toPlainString(), "%", Row.TABLE,
                "", src, "执行率"));
    }

    void stated(String table, String code, String name, String measure, String stat, long cents, String section,
            int src, String note) {
        list.add(new Row(table, code, name, "", measure, stat, "", cents, null, WAN, Row.NARRATIVE, section, src,
                note));
    }

    void percent(String table, String code, String name, String measure, String stat, String base, BigDecimal pct,
            String section, int src, String note) {
        list.add(new Row(table, code, name, "", measure, stat, base, 0, pct.toPlainString(), "%", Row.NARRATIVE,
                section, src, note));
    }

    /** 项 codes with their amounts, plus every 款 and 类 above them summed, in classification order. */
    static TreeMap<String, long[]> tree(Map<String, long[]> items, int measures) {
        TreeMap<String, long[]> t = new TreeMap<>();
        for (var e : items.entrySet()) {
            String code = e.getKey();
            for (String c : new String[] {code.substring(0, 3), code.substring(0, 5), code}) {
                long[] sum = t.computeIfAbsent(c, k -> new long[measures]);
                for (int m = 0; m < measures; m++) {
                    sum[m] += e.getValue()[m];
                }
            }
        }
        return t;
    }

    /** Writes a coded table: each row's first measure always, the others when not zero (blank cells, as printed). */
    void coded(String table, TreeMap<String, long[]> tree, String[] measures, UnaryOperator<String> names) {
        for (var e : tree.entrySet()) {
            long[] v = e.getValue();
            int src = nextLine();
            for (int m = 0; m < measures.length; m++) {
                if (m == 0 || v[m] != 0) {
                    cell(table, e.getKey(), names.apply(e.getKey()), measures[m], v[m], src);
                }
            }
        }
    }

    /** The 合计 row of a coded table: the sums of its 类 rows. */
    void total(String table, String name, TreeMap<String, long[]> tree, String[] measures) {
        long[] sum = new long[measures.length];
        for (var e : tree.entrySet()) {
            if (e.getKey().length() == 3) {
                for (int m = 0; m < measures.length; m++) {
                    sum[m] += e.getValue()[m];
                }
            }
        }
        int src = nextLine();
        for (int m = 0; m < measures.length; m++) {
            if (m == 0 || sum[m] != 0) {
                cell(table, "total", name, measures[m], sum[m], src);
            }
        }
    }
}
