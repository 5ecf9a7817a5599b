package org.budgetlens;

import java.io.PrintWriter;

import org.budgetlens.cli.RootCommand;

/** Entry point: {@code java -jar target/budgetlens.jar [--db FILE] COMMAND ...}. */
public final class Budgetlens {

    private Budgetlens() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = RootCommand.run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
