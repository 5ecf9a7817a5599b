package org.budgetlens.identity;

import java.util.List;

/**
 * An agency as recognised from its documents: the name as published and in canonical form, the id derived from them,
 * the region (GB/T 2260 code and names; blank when it could not be decided), the administrative level
 * ({@code province}, {@code city}, {@code county}, or {@code unknown}), the scope ({@code 汇总} for a 部门 disclosure,
 * {@code 本级} for a 单位 one), the sector, what each was decided from, and what could not be decided.
 */
public record AgencyIdentity(String name, String canonicalName, String agencyId, String regionCode, String province,
        String city, String county, String level, String scope, String sector, List<String> evidence,
        List<String> undecided) {

    public boolean regionKnown() {
        return !regionCode.isEmpty();
    }
}
