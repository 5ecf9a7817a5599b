package org.budgetlens.extract.verify;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.budgetlens.model.Catalog;
import org.budgetlens.model.CsvResource;

/**
 * The identities a table's figures must satisfy, as data ({@code extract/identities.csv}): over lines (a named line is
 * the sum of other lines, each measure: 支出总计 = 本年支出合计 + 年末结转和结余) or over measures (a column is the sum
 * of other columns, each line: 合计 = 基本支出 + 项目支出). {@code @classes} as the parts means the 类 lines of the
 * table. Every table, line and measure named is checked against the catalogue when the class loads. The hierarchy
 * of coded tables (类 = Σ款 = Σ项, 合计 = Σ类) is structural and needs no row here ({@link TableProof}).
 */
public final class Identities {

    /** One identity: in {@code tableId}, {@code whole} = Σ {@code parts}, over lines or over measures. */
    public record Identity(String tableId, boolean overLines, String whole, List<String> parts, String why) {
    }

    static final String RESOURCE = "extract/identities.csv";
    static final String CLASSES = "@classes";
    private static final List<Identity> ALL = load();

    private Identities() {
    }

    static List<Identity> of(String tableId) {
        return ALL.stream().filter(i -> i.tableId().equals(tableId)).toList();
    }

    private static List<Identity> load() {
        List<Identity> out = new ArrayList<>();
        Catalog catalog = Catalog.standard();
        for (CSVRecord r : CsvResource.read(RESOURCE)) {
            Identity i = new Identity(r.get("table_id"), r.get("over").equals("lines"), r.get("whole"),
                    List.of(r.get("parts").split(";")), r.get("why"));
            String problem = problem(catalog, i);
            if (problem != null) {
                throw new IllegalStateException(RESOURCE + " line " + (r.getRecordNumber() + 1) + ": " + problem);
            }
            out.add(i);
        }
        return List.copyOf(out);
    }

    /** What in an identity the catalogue does not know, or null. */
    static String problem(Catalog catalog, Identity i) {
        if (catalog.table(i.tableId()).isEmpty()) {
            return "table " + i.tableId() + " is not in the catalogue";
        }
        List<String> names = new ArrayList<>(i.parts());
        names.add(i.whole());
        for (String n : names) {
            boolean known = i.overLines() ? n.equals(CLASSES) || catalog.namedLines(i.tableId()).containsKey(n)
                    : catalog.measures(i.tableId()).contains(n);
            if (!known) {
                return (i.overLines() ? "line " : "measure ") + n + " is not one of table " + i.tableId() + "'s";
            }
        }
        return null;
    }
}
