package org.budgetlens.model;

/** Identity of a disclosure: one agency, one fiscal year, one kind. */
public record DisclosureKey(String agencyId, int fiscalYear, Kind kind) {

    /** The id analysts see, e.g. {@code 630103-ylbzj/2024/final}. */
    public String id() {
        return agencyId + "/" + fiscalYear + "/" + kind.id();
    }

    @Override
    public String toString() {
        return id();
    }
}
