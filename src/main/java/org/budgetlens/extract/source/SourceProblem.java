package org.budgetlens.extract.source;

/** A published file (PDF, workbook) that cannot be read at all: why, in words a user can act on. */
public final class SourceProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public SourceProblem(String message, Throwable cause) {
        super(message, cause);
    }

    public SourceProblem(String message) {
        super(message);
    }
}
