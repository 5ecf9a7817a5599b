package org.budgetlens.extract;

import java.util.List;

import org.budgetlens.identity.AgencyIdentity;

/**
 * What a document is about, as recognised from its title, cover and the 部门 line of its tables: agency (from the
 * registry when one names it, else recognised from the document: {@code identity}), region, fiscal year and kind,
 * with the evidence for each decision and what could not be decided.
 */
public record DocumentMeta(String agencyId, String regionCode, String agencyEvidence, String fiscalYear,
        int yearLine, String kind, int kindLine, String title, List<String> undecided, AgencyIdentity identity,
        String yearEvidence) {

    /** The agency was recognised from the document, not taken from a registry. */
    public boolean recognised() {
        return identity != null;
    }

    public boolean complete() {
        return undecided.isEmpty();
    }
}
