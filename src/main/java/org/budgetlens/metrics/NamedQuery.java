package org.budgetlens.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import org.budgetlens.warehouse.SqlResource;

/**
 * A named comparison query (sql/queries/NAME.sql): its description comes from the file's "-- description:" comment.
 * Every query takes the same positional parameters, of which it uses the first few: $1 year, $2 agency, $3 region
 * code prefix, $4 sector, $5 metric, $6–$9 peer dimensions (province, city, sector, admin level).
 */
public record NamedQuery(String name, String description) {

    /** The queries, in the order --list shows them. */
    public static final List<String> NAMES = List.of("execution-rate", "personnel-share", "three-public",
            "peer-ranking", "agency-trend", "spending-structure", "admin-running", "procurement", "carryover",
            "performance");

    public static List<NamedQuery> all() {
        return NAMES.stream().map(NamedQuery::load).toList();
    }

    public static Optional<NamedQuery> find(String name) {
        return NAMES.contains(name) ? Optional.of(load(name)) : Optional.empty();
    }

    public String sql() {
        return SqlResource.statement(resource(name));
    }

    private static PreparedStatement bind(PreparedStatement statement, Object[] values) throws SQLException {
        try {
            int count = statement.getParameterMetaData().getParameterCount();
            for (int i = 0; i < count; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** The query prepared on {@code connection}, with the filter's values bound to the parameters it uses. */
    public PreparedStatement prepare(Connection connection, QueryFilter filter) throws SQLException {
        return bind(connection.prepareStatement(sql()), filter.parameters());
    }

    /**
     * The query cut and ordered by {@code shape} (its defaults, from the file's "-- defaults:" line, where the shape
     * leaves a choice open), prepared with every value bound. The columns are the query's own (from preparing it
     * alone), so a sort column is checked before it is written into the statement.
     */
    public PreparedStatement prepare(Connection connection, QueryFilter filter, QueryShape shape)
            throws SQLException {
        Set<String> columns = columns(connection, filter);
        QueryShape full = shape.orDefaults(defaults());
        String problem = full.problem(columns);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        int used;
        try (PreparedStatement inner = connection.prepareStatement(sql())) {
            used = inner.getParameterMetaData().getParameterCount(); // $1 … $used: the first few of the filter's
        }
        QueryShape.Wrapped wrapped = full.wrap(sql(), used, columns);
        Object[] values = java.util.Arrays.copyOf(filter.parameters(), used + wrapped.values().size());
        for (int i = 0; i < wrapped.values().size(); i++) {
            values[used + i] = wrapped.values().get(i);
        }
        return bind(connection.prepareStatement(wrapped.sql()), values);
    }

    /** The columns the query returns, in order. */
    public Set<String> columns(Connection connection, QueryFilter filter) throws SQLException {
        String sql = sql().strip();
        String noRows = "SELECT * FROM (" + (sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql)
                + ") AS q LIMIT 0";
        try (PreparedStatement inner = bind(connection.prepareStatement(noRows), filter.parameters());
                ResultSet none = inner.executeQuery()) {
            ResultSetMetaData meta = none.getMetaData();
            Set<String> columns = new LinkedHashSet<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
            }
            return columns;
        }
    }

    /** What the query's file states as its default cut and order ("-- defaults: level=agency sort=rate_pct"). */
    public QueryShape defaults() {
        Map<String, String> d = new HashMap<>();
        for (String line : sql().lines().toList()) {
            if (line.startsWith("-- defaults:")) {
                for (String pair : line.substring("-- defaults:".length()).strip().split("\\s+")) {
                    String[] kv = pair.split("=", 2);
                    if (kv.length == 2) {
                        d.put(kv[0], kv[1]);
                    }
                }
            }
        }
        return QueryShape.parse(d.get("level"), d.get("basis"), d.get("sort"), null);
    }

    private static NamedQuery load(String name) {
        String text = SqlResource.statement(resource(name));
        StringBuilder description = new StringBuilder();
        boolean inDescription = false;
        for (String line : text.lines().toList()) {
            if (line.startsWith("-- description:")) {
                inDescription = true;
                description.append(line.substring("-- description:".length()).strip());
            } else if (inDescription && line.startsWith("--   ")) {
                description.append(' ').append(line.substring(2).strip());
            } else {
                inDescription = false;
            }
        }
        return new NamedQuery(name, description.toString());
    }

    private static String resource(String name) {
        return "queries/" + name + ".sql";
    }
}
