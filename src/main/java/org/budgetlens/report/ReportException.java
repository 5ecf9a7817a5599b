package org.budgetlens.report;

/** A report that cannot be written for a reason the user can fix (the message says how). */
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }
}
