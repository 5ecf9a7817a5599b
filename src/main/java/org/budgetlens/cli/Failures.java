package org.budgetlens.cli;

import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.budgetlens.files.TempFiles;
import org.budgetlens.report.ReportException;

/**
 * The one place a failure becomes a message and an exit code: one line saying what failed and what to do, never a
 * stack trace. A full disk is recognised wherever it happened (the warehouse, an output folder, the temp dir) from the
 * operating system's words, which DuckDB and Java pass on.
 */
final class Failures {

    /** What the operating system says when a write finds the disk (or the user's quota) full. */
    private static final List<String> NO_SPACE = List.of("no space left on device", "disk quota exceeded",
            "not enough space on the disk");
    /** What it says when a file outgrows the size limit of the process ({@code ulimit -f}). */
    private static final String TOO_LARGE = "file too large";
    private static final Pattern QUOTED_PATH = Pattern.compile("\"((?:/|[A-Za-z]:\\\\)[^\"]*)\"");

    private Failures() {
    }

    /** Prints the failure in one line and returns its exit code. */
    static int report(Throwable e, PrintWriter err) {
        err.println("error: " + message(e));
        return exitCode(e);
    }

    /**
     * As {@link #report(Throwable, PrintWriter)}, saying what was being done ("exporting to DIR") unless the failure is
     * a full disk, whose line names the place itself.
     */
    static int report(String doing, Throwable e, PrintWriter err) {
        String full = diskFull(e);
        err.println("error: " + (full != null ? full : doing + " failed: " + message(e)));
        return exitCode(e);
    }

    static int exitCode(Throwable e) {
        return e instanceof ReportException ? ExitCode.USAGE : ExitCode.FAILURE;
    }

    /** The failure in one line: a full disk named with its place and fix, else the failure's own first line. */
    static String message(Throwable e) {
        String full = diskFull(e);
        if (full != null) {
            return full;
        }
        for (Throwable t : chain(e)) {
            if (t instanceof OutOfMemoryError) {
                return "out of memory (" + t.getMessage() + "): give Java more with -Xmx (java -Xmx4g -jar "
                        + "budgetlens.jar …), or split the input";
            }
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.toString();
        }
        return firstLine(m);
    }

    /**
     * The one-line message when the failure is a full disk (or the file size limit of the process), anywhere in its
     * causes; null otherwise.
     */
    static String diskFull(Throwable e) {
        return diskFull(e, null);
    }

    /** As {@link #diskFull(Throwable)}; {@code where} is the file or folder written when the failure names none. */
    static String diskFull(Throwable e, Path where) {
        Path file = null;
        String text = null;
        for (Throwable t : chain(e)) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof FileSystemException fs && fs.getFile() != null && file == null) {
                file = Path.of(fs.getFile());
            }
            if (text == null && isDiskFull(m)) {
                text = m;
            }
        }
        if (text == null) {
            return null;
        }
        return diskFull(text, file != null ? file : where);
    }

    /** As {@link #diskFull(Throwable)}, from the messages of failures (a job's), or null. */
    static String diskFull(List<String> messages) {
        for (String m : messages) {
            if (m != null && isDiskFull(m)) {
                return diskFull(m, null);
            }
        }
        return null;
    }

    private static boolean isDiskFull(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return NO_SPACE.stream().anyMatch(m::contains) || m.contains(TOO_LARGE);
    }

    private static String diskFull(String message, Path known) {
        Path file = known;
        if (file == null) {
            Matcher q = QUOTED_PATH.matcher(message);
            if (q.find()) {
                file = Path.of(q.group(1));
            }
        }
        boolean limit = !NO_SPACE.stream().anyMatch(message.toLowerCase(Locale.ROOT)::contains);
        String what = limit ? "the file size limit of this process (ulimit -f) was reached" : "no space left on device";
        Path tmp = TempFiles.systemTempDir();
        if (file == null) {
            return what + " (" + firstLine(message) + "): free space on the disks of the warehouse (--db), the output "
                    + "folder and the temp dir " + tmp + ", then run the same command again";
        }
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
        if (TempFiles.isTempFile(abs)) {
            return what + " in the temp dir " + tmp + " (writing " + abs + "): free space there, or start Java with "
                    + "-Djava.io.tmpdir=DIR on a disk with space, then run the same command again";
        }
        if (name.endsWith(".duckdb") || name.endsWith(".duckdb.wal") || name.contains(".duckdb.tmp")
                || abs.toString().contains(".duckdb.tmp")) {
            return what + " for the warehouse " + abs + ": free space on its disk, or give --db a file on another "
                    + "disk, then run the same command again";
        }
        return what + " writing " + abs + ": free space on that disk, or write elsewhere (--out), then run the same "
                + "command again";
    }

    /** The failure, its causes and what they suppressed, each once. */
    private static List<Throwable> chain(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(e, out, seen);
        return out;
    }

    private static void collect(Throwable t, List<Throwable> out, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        out.add(t);
        collect(t.getCause(), out, seen);
        for (Throwable s : t.getSuppressed()) {
            collect(s, out, seen);
        }
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
