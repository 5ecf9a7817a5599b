package org.budgetlens.cli;

import java.sql.SQLException;

import org.budgetlens.warehouse.Warehouse;

/** What an empty selection could have named instead: the years, regions and sectors the warehouse holds. */
final class EmptySelection {

    private EmptySelection() {
    }

    static String whatExists(Warehouse warehouse) throws SQLException {
        return warehouse.query("metrics/lookup/selection_values.sql", r -> "The warehouse holds years: "
                + orNone(r.getString("years")) + "; regions (--region): " + orNone(r.getString("regions"))
                + "; sectors (--sector): " + orNone(r.getString("sectors")) + ".").get(0);
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? "none" : s;
    }
}
