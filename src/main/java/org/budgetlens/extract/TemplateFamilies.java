package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.budgetlens.model.Catalog;
import org.budgetlens.model.Kind;

/**
 * The template families met so far, as data ({@code extract/templates/families.csv}): per family its kind, the table
 * titles' overlay it uses ({@code titles}, a family of {@code table_titles.csv}), its unit and the tables it publishes.
 * Each table id is checked against the catalogue when the class loads. A disclosure's family is the one of its kind
 * that holds the most of the tables found (then the fewest not found); its missing tables are that family's.
 */
final class TemplateFamilies {

    /** One family: what it is called, which kind it publishes, its titles' overlay, unit and tables. */
    record Family(String name, String kind, String titles, String unit, List<String> tables, String description) {

        /** How many of the found tables the family holds. */
        long holds(Collection<String> found) {
            return found.stream().distinct().filter(tables::contains).count();
        }

        /** The family's tables not among those found, in the family's order. */
        List<String> missing(Collection<String> found) {
            return tables.stream().filter(t -> !found.contains(t)).toList();
        }
    }

    static final String RESOURCE = "extract/templates/families.csv";
    static final List<Family> ALL = load();

    private TemplateFamilies() {
    }

    private static List<Family> load() {
        List<Family> families = new ArrayList<>();
        for (CSVRecord r : org.budgetlens.model.CsvResource.read(RESOURCE)) {
            String where = RESOURCE + " line " + (r.getRecordNumber() + 1) + ": ";
            if (Kind.fromId(r.get("kind")).isEmpty()) {
                throw new IllegalStateException(where + "kind " + r.get("kind") + " is neither budget nor final");
            }
            List<String> tables = List.of(r.get("tables").strip().split("\\s+"));
            for (String t : tables) {
                if (Catalog.standard().table(t).isEmpty()) {
                    throw new IllegalStateException(where + "table " + t + " is not in the catalogue (catalog/tables.csv)");
                }
            }
            if (TableTitles.ALL.stream().noneMatch(t -> t.family().equals(r.get("titles")))) {
                throw new IllegalStateException(where + "titles " + r.get("titles") + " is no family of "
                        + TableTitles.RESOURCE);
            }
            families.add(new Family(r.get("family"), r.get("kind"), r.get("titles"), r.get("unit"), tables,
                    r.get("description")));
        }
        return List.copyOf(families);
    }

    /**
     * The family of a disclosure of this kind that publishes the tables found: the one holding the most of them, then
     * the one missing the fewest (a 9-table set found whole is that set, not the 12 it is part of); when none holds
     * any (only 绩效 tables found), the kind's first family in the file, its default.
     */
    static Optional<Family> of(String kind, Collection<String> found) {
        Optional<Family> best = ALL.stream().filter(f -> f.kind().equals(kind) && f.holds(found) > 0)
                .max(Comparator.comparingLong((Family f) -> f.holds(found))
                        .thenComparing(f -> -f.missing(found).size()));
        return best.isPresent() ? best : ALL.stream().filter(f -> f.kind().equals(kind)).findFirst();
    }
}
