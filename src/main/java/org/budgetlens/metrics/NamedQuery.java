package org.budgetlens.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
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

    /** The query prepared on {@code connection}, with the filter's values bound to the parameters it uses. */
    public PreparedStatement prepare(Connection connection, QueryFilter filter) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql());
        try {
            Object[] values = filter.parameters();
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
