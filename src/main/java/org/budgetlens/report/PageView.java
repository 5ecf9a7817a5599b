package org.budgetlens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the page templates show, already as text: the templates only place and escape it, they compute nothing. A
 * table cell that names an agency links to the agency's page.
 */
final class PageView {

    private PageView() {
    }

    /** A link: its text and its target (relative to the page), or a plain text when the target is null. */
    record Link(String text, String href) {
    }

    /** One table cell: its text, its style class ("n" numbers, "name", "id" or none) and its link (null: none). */
    record Cell(String text, String kind, String href) {
    }

    /**
     * A table as shown: caption, headings, the rows shown on screen, how many of them print (the rest of a long table
     * is only on screen, in the CSV and the workbook), the table's size and its CSV (null: none).
     */
    record Table(String id, String caption, List<String> headings, List<String> kinds, List<List<Cell>> rows,
                 int printed, int total, String csv) {

        public boolean cut() {
            return rows.size() < total;
        }

        public boolean printCut() {
            return printed < total;
        }
    }

    /** A chart: its image, the vector and data files beside it, its title and note, its drawn width, its agencies. */
    record Figure(String png, String svg, String csv, String title, String note, int width, List<Link> agencies) {
    }

    /** A section: anchor, heading, paragraphs, figures and tables. */
    record Part(String id, String title, List<String> paragraphs, List<Figure> figures, List<Table> tables) {
    }

    /** Rows of a table shown on screen; the CSV and the workbook always hold all of them. */
    static final int ROWS_SHOWN = 200;

    /** Rows of a table printed in the main body: a province's full tables belong in the CSV, not on paper. */
    static final int ROWS_PRINTED = 40;

    /**
     * The table as shown, every cell through {@link Cells#display}; {@code agencyLink} gives the page of the agency a
     * row names (by its {@code agency_id} column, else its {@code disclosure_id}) or null.
     */
    static Table table(DataTable t, String csvFolder, Function<String, String> agencyLink) {
        return table(t, csvFolder, agencyLink, ROWS_SHOWN);
    }

    /** The same with at most {@code shown} rows on screen. */
    static Table table(DataTable t, String csvFolder, Function<String, String> agencyLink, int shown) {
        int idColumn = t.columns().contains("agency_id") ? t.columns().indexOf("agency_id")
                : t.columns().indexOf("disclosure_id");
        List<String> headings = new ArrayList<>();
        List<Integer> shownColumns = new ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) {
            headings.add(Labels.column(t.columns().get(c)));
            shownColumns.add(c);
        }
        int nameColumn = t.columns().indexOf("agency_name");
        List<String> kinds = new ArrayList<>();
        for (String column : t.columns()) {
            kinds.add(kind(column));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Object> row : t.rows().subList(0, Math.min(shown, t.rows().size()))) {
            String href = idColumn >= 0 && row.get(idColumn) != null ? agencyLink.apply(row.get(idColumn).toString())
                    : null;
            List<Cell> cells = new ArrayList<>(row.size());
            for (int c : shownColumns) {
                Object value = Labels.value(t.columns().get(c), row.get(c));
                cells.add(new Cell(Cells.display(value), Cells.numeric(value) ? "n" : kinds.get(c),
                        c == nameColumn ? href : null));
            }
            rows.add(cells);
        }
        return new Table(t.id(), t.title(), headings, kinds, rows, Math.min(ROWS_PRINTED, rows.size()), t.rows().size(),
                csvFolder == null ? null : csvFolder + t.id() + ".csv");
    }

    /**
     * A column's style: names get room ("name"), identifiers are for the screen and the CSV only ("id": a long code
     * squeezes a printed table into columns one character wide).
     */
    private static String kind(String column) {
        return switch (column) {
            case "agency_name" -> "name";
            case "agency_id", "disclosure_id", "source_disclosure" -> "id";
            case "description", "evidence", "first_reason", "title" -> "text";
            default -> "";
        };
    }

    /** The agencies a chart draws, by name, each linked to its page: a ranking is where a reader starts. */
    private static List<Link> agencies(ChartSpec c, Function<String, String> agencyLink) {
        DataTable t = c.data();
        if (c.agencies().isEmpty() || !t.columns().contains("agency_id")) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        for (String id : c.agencies()) {
            t.rows().stream().filter(r -> id.equals(t.value(r, "agency_id"))).findFirst().ifPresent(r ->
                    links.add(new Link((String) t.value(r, "agency_name"), agencyLink.apply(id))));
        }
        return links;
    }

    static Part part(Section s, Function<String, String> agencyLink) {
        List<Figure> figures = new ArrayList<>();
        for (ChartSpec c : s.charts()) {
            String title = c.chart().getTitle() == null ? c.id() : c.chart().getTitle().getText();
            figures.add(new Figure("charts/" + c.id() + ".png", "charts/" + c.id() + ".svg",
                    "data/" + c.data().id() + ".csv", title, c.note(), c.width(), agencies(c, agencyLink)));
        }
        List<Table> tables = new ArrayList<>();
        for (DataTable t : s.tables()) {
            tables.add(table(t, "data/", agencyLink));
        }
        return new Part(s.id(), s.title(), s.paragraphs(), figures, tables);
    }
}
