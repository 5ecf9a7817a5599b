package org.budgetlens.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.budgetlens.extract.verify.TableProof;

/** Runs {@link TableProof} over an extraction's table figures, table by table, before they are booked. */
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
        List<String> verified = new ArrayList<>(java.util.Collections.nCopies(figures.size(), ""));
        Map<String, TableProof.Result> results = new LinkedHashMap<>();
        byTable.forEach((table, cells) -> {
            TableProof.Result r = TableProof.prove(table, cells);
            results.put(table, r);
            r.status().forEach((index, status) -> verified.set(index, status.id()));
        });
        return new Extraction.Proof(List.copyOf(verified), results);
    }
}
