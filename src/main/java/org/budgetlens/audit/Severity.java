package org.budgetlens.audit;

import java.util.Arrays;
import java.util.Locale;

/**
 * How much a failed check weighs. An {@code error} and a {@code warning} count against the disclosure (the audit's
 * summary, ingest's audit line, the report's counts); {@code info} is shown with the findings and counted nowhere: a
 * share forced to 100%, a percentage truncated where it should have been rounded.
 */
public enum Severity {
    error, warning, info;

    /** The severity named by {@code text}; a name outside the closed set is refused with the set. */
    public static Severity parse(String text) {
        try {
            return valueOf(text.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + text + "' (one of "
                    + Arrays.toString(values()) + ")", e);
        }
    }

    /** Whether a failed check of this severity counts against the disclosure. */
    public boolean counted() {
        return this != info;
    }
}
