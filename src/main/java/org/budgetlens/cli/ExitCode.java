package org.budgetlens.cli;

/** Exit codes of every command. */
public final class ExitCode {

    /** All good. */
    public static final int OK = 0;
    /** Something failed (the warehouse could not be opened, a job failed). */
    public static final int FAILURE = 1;
    /** The command line or the statement was wrong; the message says how to fix it. */
    public static final int USAGE = 2;
    /** The run finished, but some records were rejected (listed in the reject report). */
    public static final int REJECTS = 3;
    /** A query or report whose selection (year, agency, region, sector) matched nothing; what exists is printed. */
    public static final int NO_MATCH = 5;

    private ExitCode() {
    }
}
