package org.budgetlens.cli;

import org.budgetlens.metrics.QueryFilter;

import picocli.CommandLine.Option;

/** The options that narrow what a command shows to part of the warehouse: year, agency, region, sector. */
public class SelectionOptions {

    @Option(names = "--year", paramLabel = "Y", description = "fiscal year")
    Integer year;

    @Option(names = "--agency", paramLabel = "TEXT", description = "agency id, or part of its name")
    String agency;

    @Option(names = "--region", paramLabel = "CODE",
            description = "GB/T 2260 code: 630000 a province, 630100 a city, 630103 a county (and all below it)")
    String region;

    @Option(names = "--sector", paramLabel = "S", description = "sector, as in the registry (e.g. 医疗保障)")
    String sector;

    /** What is wrong with the options, said as the command line prints it, or null. */
    String problem() {
        return region != null && QueryFilter.regionPrefix(region) == null
                ? "--region " + region + " is not a GB/T 2260 code (2, 4 or 6 digits, e.g. 630103)" : null;
    }

    String regionPrefix() {
        return QueryFilter.regionPrefix(region);
    }

    String agencyOrNull() {
        return blankToNull(agency);
    }

    String sectorOrNull() {
        return blankToNull(sector);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
