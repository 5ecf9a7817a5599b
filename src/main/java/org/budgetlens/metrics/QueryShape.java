package org.budgetlens.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a named query's rows are cut and ordered, on top of its filters: one {@code level} (agency, function_line,
 * project …) and one {@code basis} when the query has those columns, a sort column and direction, a row limit. A
 * query's defaults are stated in its file ("-- defaults: level=agency basis=final_vs_initial_budget sort=rate_pct");
 * {@code all} lifts a level or basis. The sort column is checked against the query's own columns before it is
 * written into the statement; every value is bound.
 */
public record QueryShape(String level, String basis, String sortColumn, boolean descending, Integer limit) {

    /** A level or basis of this value means every one. */
    public static final String ALL = "all";

    /** The shape with the query's defaults where the user gave nothing. */
    public QueryShape orDefaults(QueryShape defaults) {
        return new QueryShape(level != null ? level : defaults.level, basis != null ? basis : defaults.basis,
                sortColumn != null ? sortColumn : defaults.sortColumn,
                sortColumn != null ? descending : defaults.descending, limit != null ? limit : defaults.limit);
    }

    /** "rate_pct" or "rate_pct:desc" as the user or a query file writes it. */
    public static QueryShape parse(String level, String basis, String sort, Integer limit) {
        String column = null;
        boolean desc = false;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.strip().split(":", 2);
            column = parts[0];
            if (parts.length == 2) {
                String dir = parts[1].toLowerCase(Locale.ROOT);
                if (!dir.equals("asc") && !dir.equals("desc")) {
                    throw new IllegalArgumentException("--sort " + sort + ": the direction after : is asc or desc");
                }
                desc = dir.equals("desc");
            }
        }
        return new QueryShape(blank(level), blank(basis), column, desc, limit);
    }

    /** What is wrong with this shape for a query with these columns, or null. */
    public String problem(Set<String> columns) {
        if (sortColumn != null && !columns.contains(sortColumn)) {
            return "--sort " + sortColumn + ": not a column of this query; one of " + String.join(", ", columns);
        }
        if (limit != null && limit < 1) {
            return "--limit " + limit + ": give 1 or more rows";
        }
        return null;
    }

    /** A wrapped statement and the values of its own parameters, in the order they are numbered. */
    public record Wrapped(String sql, List<Object> values) {
    }

    /**
     * The query wrapped: its rows of the level and basis (when it has those columns), sorted (ties by agency, year
     * and disclosure, when it has them), at most {@code limit}. The inner query uses $1 … $n; the wrapper's own
     * values (level, basis, limit, those that apply) are $n+1 onwards.
     */
    public Wrapped wrap(String inner, int n, Set<String> columns) {
        List<Object> values = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (columns.contains("level")) {
            values.add(ALL.equals(level) ? null : level);
            String p = "$" + (n + values.size());
            where.add("(" + p + "::VARCHAR IS NULL OR level = " + p + ")");
        }
        if (columns.contains("basis")) {
            values.add(ALL.equals(basis) ? null : basis);
            String p = "$" + (n + values.size());
            where.add("(" + p + "::VARCHAR IS NULL OR basis = " + p + ")");
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM (").append(stripEnd(inner)).append(") AS q");
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        if (sortColumn != null) {
            List<String> order = new ArrayList<>(List.of(quoted(sortColumn) + (descending ? " DESC" : " ASC")
                    + " NULLS LAST"));
            for (String tie : List.of("agency_name", "fiscal_year", "disclosure_id")) {
                if (columns.contains(tie) && !tie.equals(sortColumn)) {
                    order.add(quoted(tie));
                }
            }
            sql.append(" ORDER BY ").append(String.join(", ", order));
        }
        values.add(limit == null ? Long.MAX_VALUE : limit.longValue());
        sql.append(" LIMIT $").append(n + values.size());
        return new Wrapped(sql.toString(), values);
    }

    /** One line saying what the rows are and how they are ordered, for the user. */
    public String describe(Set<String> columns) {
        List<String> parts = new ArrayList<>();
        if (columns.contains("level")) {
            parts.add("level " + (level == null ? ALL : level));
        }
        if (columns.contains("basis")) {
            parts.add("basis " + (basis == null ? ALL : basis));
        }
        if (sortColumn != null) {
            parts.add("sorted by " + sortColumn + (descending ? " (highest first)" : " (lowest first)")
                    + ", ties by agency, year");
        }
        if (limit != null) {
            parts.add("first " + limit + " rows");
        }
        return String.join("; ", parts);
    }

    private static String quoted(String column) {
        return '"' + column.replace("\"", "\"\"") + '"';
    }

    private static String stripEnd(String sql) {
        String s = sql.strip();
        return s.endsWith(";") ? s.substring(0, s.length() - 1) : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
