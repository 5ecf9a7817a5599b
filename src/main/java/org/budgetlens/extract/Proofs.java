package org.budgetlens.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetlens.extract.verify.Agreements;
import org.budgetlens.extract.verify.TableProof;

/**
 * Runs {@link TableProof} over an extraction's table figures, table by table, then {@link Agreements} across tables,
 * before they are booked.
 */
final class Proofs {

    private Proofs() {
    }

    static Extraction.Proof prove(List<Figure> figures) {
        Map<String, List<TableProof.Cell>> byTable = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.isTable() || !(f.origin().equals("table") || f.origin().equals("derived"))) {
                continue;
            }
            BigDecimal value = Numbers.blank(f.value()) ? null : Numbers.decimal(f.value());
            byTable.computeIfAbsent(f.tableId(), k -> new ArrayList<>())
                    .add(new TableProof.Cell(i, f.lineCode(), f.detail(), f.measure(), f.stat(), value));
        }
        Map<Integer, TableProof.Status> status = new HashMap<>();
        Map<String, TableProof.Result> results = new LinkedHashMap<>();
        byTable.forEach((table, cells) -> {
            TableProof.Result r = TableProof.prove(table, cells);
            results.put(table, r);
            status.putAll(r.status());
        });
        Agreements.Result across = Agreements.check(acrossCells(figures, status), status);
        List<String> verified = new ArrayList<>(Collections.nCopies(figures.size(), ""));
        status.forEach((index, s) -> verified.set(index, s.id()));
        return new Extraction.Proof(List.copyOf(verified), results, across);
    }

    /** This year's figures of the proven tables without detail: those another table may publish too. */
    private static List<Agreements.Cell> acrossCells(List<Figure> figures, Map<Integer, TableProof.Status> status) {
        List<Agreements.Cell> out = new ArrayList<>();
        for (Integer i : status.keySet()) {
            Figure f = figures.get(i);
            if (f.stat().isEmpty() && f.detail().isEmpty() && !Numbers.blank(f.value())) {
                out.add(new Agreements.Cell(i, f.tableId(), f.lineCode(), f.measure(), f.unit(),
                        Numbers.decimal(f.value())));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Agreements.Cell::index));
        return out;
    }
}
