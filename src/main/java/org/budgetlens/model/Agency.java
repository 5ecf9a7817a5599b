package org.budgetlens.model;

/** One row of an agency registry, with where it was read. */
public record Agency(
        String agencyId,
        String agencyName,
        String regionCode,
        String province,
        String city,
        String county,
        String sector,
        String adminLevel,
        String scope,
        String unitType,
        String parentId,
        String aliases,
        String registryFile,
        long registryLine) {
}
