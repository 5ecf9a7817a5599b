package org.budgetlens.metrics;

import java.util.Set;

/**
 * The filters of a named query, bound as parameters (never spliced into SQL): an agency name with quotes or % is
 * just a name. {@code regionPrefix} is a GB/T 2260 code with its trailing zero pairs removed (650000 → 65,
 * 650100 → 6501), so a province or city code selects everything under it.
 */
public record QueryFilter(Integer year, String agency, String regionPrefix, String sector, String metric,
        Set<String> peers) {

    /** Peer dimensions --peers accepts. */
    public static final Set<String> PEER_DIMENSIONS = Set.of("province", "city", "sector", "level");

    /** The parameter values in the order of the queries' $1 … $9. */
    public Object[] parameters() {
        return new Object[] {year, agency, regionPrefix, sector, metric, peers.contains("province"),
            peers.contains("city"), peers.contains("sector"), peers.contains("level")};
    }

    /** Whether the filter selects anything narrower than the whole warehouse (year, agency, region or sector). */
    public boolean selects() {
        return year != null || agency != null || regionPrefix != null || sector != null;
    }

    /** The prefix of a 2-, 4- or 6-digit region code, or null when the code is not one. */
    public static String regionPrefix(String code) {
        if (code == null || !code.matches("\\d{2}|\\d{4}|\\d{6}")) {
            return null;
        }
        String prefix = code;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }
}
