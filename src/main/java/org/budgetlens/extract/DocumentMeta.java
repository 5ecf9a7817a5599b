package org.budgetlens.extract;

import java.util.List;

/**
 * What a document is about, as recognised from its title, cover and 部门概况: agency (matched in the registry),
 * region, fiscal year and kind, with the evidence for each decision and what could not be decided.
 */
public record DocumentMeta(String agencyId, String regionCode, String agencyEvidence, String fiscalYear,
        int yearLine, String kind, int kindLine, String title, List<String> undecided) {

    public boolean complete() {
        return undecided.isEmpty();
    }
}
