package org.budgetlens.generate.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One published table of a disclosure: its {@code _table} declaration and its printed rows, each the CSV records of
 * one source line (a row of the table gives one record per measure).
 */
record Block(SourceCsv.Line declaration, List<Block.Printed> rows) {

    /** A printed row: the records of one source line, by measure (or measure:stat for a rate). */
    record Printed(String code, String name, String detail, int sourceLine, Map<String, SourceCsv.Line> cells) {

        String value(String measure) {
            SourceCsv.Line l = cells.get(measure);
            return l == null ? "" : l.value();
        }

        boolean has(String measure) {
            return cells.containsKey(measure);
        }

        /** The name of the record of a measure (gpb_basic's 合计 row names 人员经费合计 under personnel). */
        String name(String measure) {
            SourceCsv.Line l = cells.get(measure);
            return l == null ? name : l.name();
        }

        boolean isMoney() {
            return cells.values().stream().allMatch(l -> "万元".equals(l.unit()) || "%".equals(l.unit()));
        }
    }

    String tableId() {
        return declaration.table();
    }

    String title() {
        return declaration.name();
    }

    String number() {
        return declaration.detail();
    }

    /** The 空表说明 of a table published empty ("" when it has rows). */
    String emptyNote() {
        return rows.isEmpty() ? declaration.note() : "";
    }

    /** The tables of a disclosure in document order, each with the table records that follow its declaration. */
    static List<Block> of(SourceCsv csv) {
        List<Block> blocks = new ArrayList<>();
        SourceCsv.Line declaration = null;
        Map<Integer, Map<String, SourceCsv.Line>> byLine = new LinkedHashMap<>();
        Map<Integer, SourceCsv.Line> firsts = new LinkedHashMap<>();
        for (SourceCsv.Line l : csv.lines()) {
            if (!l.isTable()) {
                continue;
            }
            if (l.isDeclaration()) {
                if (declaration != null) {
                    blocks.add(block(declaration, byLine, firsts));
                }
                declaration = l;
                byLine = new LinkedHashMap<>();
                firsts = new LinkedHashMap<>();
                continue;
            }
            if (declaration == null || !l.table().equals(declaration.table())) {
                continue; // a table record without its declaration: nothing to print it under
            }
            String key = l.stat().isEmpty() ? l.measure() : l.measure() + ":" + l.stat();
            byLine.computeIfAbsent(l.sourceLine(), k -> new LinkedHashMap<>()).put(key, l);
            firsts.putIfAbsent(l.sourceLine(), l);
        }
        if (declaration != null) {
            blocks.add(block(declaration, byLine, firsts));
        }
        return blocks;
    }

    private static Block block(SourceCsv.Line declaration, Map<Integer, Map<String, SourceCsv.Line>> byLine,
            Map<Integer, SourceCsv.Line> firsts) {
        List<Printed> rows = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, SourceCsv.Line>> e : byLine.entrySet()) {
            SourceCsv.Line first = firsts.get(e.getKey());
            rows.add(new Printed(first.code(), first.name(), first.detail(), e.getKey(), e.getValue()));
        }
        return new Block(declaration, rows);
    }
}
