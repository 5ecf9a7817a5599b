package org.budgetlens.source;

/** A problem that makes a whole input file unusable (encoding, front matter, header …), with the line it is on. */
public class FileProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final long line;

    public FileProblem(long line, String message) {
        super(message);
        this.line = line;
    }

    /** The physical line (1-based) the problem is on, or 0 when it concerns the file as a whole. */
    public long line() {
        return line;
    }
}
