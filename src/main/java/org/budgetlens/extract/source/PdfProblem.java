package org.budgetlens.extract.source;

/** A PDF that cannot be read at all: why, in words a user can act on. */
public final class PdfProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public PdfProblem(String message, Throwable cause) {
        super(message, cause);
    }

    public PdfProblem(String message) {
        super(message);
    }
}
