package org.budgetlens.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;

import org.budgetlens.progress.ConsoleProgress;

/** Whether the process talks to a terminal, and the progress display that fits: a redrawn line, or sparse lines. */
final class Terminal {

    private Terminal() {
    }

    /** Progress of a long run on {@code err}: redrawn in place on a terminal, sparse plain lines in a log or a pipe. */
    static ConsoleProgress progress(PrintWriter err) {
        return ConsoleProgress.of(err, isTerminal());
    }

    /**
     * True when the process has a terminal. {@code System.console()} is null without one up to Java 21; from Java 22
     * on it may exist without a terminal, and {@code Console.isTerminal()} tells.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
