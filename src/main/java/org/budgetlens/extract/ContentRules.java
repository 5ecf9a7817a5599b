package org.budgetlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.budgetlens.model.Catalog;
import org.budgetlens.model.CsvResource;

/**
 * Tables recognised by what they hold when no title names them: the rules of
 * {@code extract/templates/content_rules.csv}, first match in file order — the codes its rows carry (function
 * 2xx…, economic 3xx…), words of its header, and words of the text above it (the unmatched title). A table so
 * recognised is booked only when its own identities prove it and its unit is printed (Extractor).
 */
final class ContentRules {

    /** The kind of classification codes a table's rows carry. */
    enum Codes {
        FUNCTION, ECONOMIC
    }

    record Rule(String tableId, Codes codes, Pattern header, Pattern title) {
    }

    static final String RESOURCE = "extract/templates/content_rules.csv";
    static final List<Rule> ALL = load();
    private static final Pattern FUNCTION_CODE = Pattern.compile("^2\\d{2}(\\d{2}){0,2}(?!\\d)");
    private static final Pattern ECONOMIC_CODE = Pattern.compile("^3\\d{2}(\\d{2})?(?!\\d)");
    /** At least this many rows carry codes of the rule's kind. */
    private static final int CODED_ROWS = 2;

    private ContentRules() {
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (CSVRecord r : CsvResource.read(RESOURCE)) {
            String id = r.get("table_id");
            String where = RESOURCE + " line " + (r.getRecordNumber() + 1) + ": ";
            Catalog.TableSpec spec = Catalog.standard().table(id)
                    .orElseThrow(() -> new IllegalStateException(where + "table " + id + " is not in the catalogue"));
            Codes codes = Codes.valueOf(r.get("codes").toUpperCase(java.util.Locale.ROOT));
            if (codes == Codes.FUNCTION && !spec.function() || codes == Codes.ECONOMIC && !spec.economic()) {
                throw new IllegalStateException(where + "table " + id + " does not hold " + r.get("codes")
                        + " codes in the catalogue");
            }
            rules.add(new Rule(id, codes, pattern(r.get("header")), pattern(r.get("title"))));
        }
        return List.copyOf(rules);
    }

    private static Pattern pattern(String s) {
        return s.isBlank() ? null : Pattern.compile(s);
    }

    /** The table a block of rows is, by its codes, header and the text above it; empty when no rule fits. */
    static Optional<String> match(List<TableBlock.Row> header, List<TableBlock.Row> rows, String textAbove) {
        long function = coded(rows, FUNCTION_CODE);
        long economic = coded(rows, ECONOMIC_CODE);
        Codes codes = function >= CODED_ROWS && economic == 0 ? Codes.FUNCTION
                : economic >= CODED_ROWS && function == 0 ? Codes.ECONOMIC : null;
        if (codes == null) {
            return Optional.empty();
        }
        String headerText = TableTitles.normalize(String.join(" ", header.stream()
                .flatMap(h -> h.cells().stream()).toList()));
        String above = TableTitles.normalize(textAbove);
        return ALL.stream().filter(r -> r.codes() == codes
                && (r.header() == null || r.header().matcher(headerText).find())
                && (r.title() == null || r.title().matcher(above).find())).map(Rule::tableId).findFirst();
    }

    private static long coded(List<TableBlock.Row> rows, Pattern code) {
        return rows.stream().filter(r -> code.matcher(Numbers.compact(r.cell(0))).find()).count();
    }
}
