package org.budgetlens.progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress on the error stream. On a terminal, one line redrawn in place ({@code \r}) with a bar, the count, the time
 * taken and, where the total is known, an estimate of the time left. Elsewhere (a log, a pipe, a test) sparse plain
 * lines, so that a log stays readable: nothing for a phase shorter than {@link #QUIET_NANOS}, then a line every 10 %
 * or every {@link #EVERY_NANOS}, whichever comes first, and one when the phase ends. A ticker redraws the line
 * (terminal) or checks the time (plain) once a second, so a phase that advances rarely, or never (one long
 * statement), still shows that it runs.
 */
public final class ConsoleProgress implements ProgressListener, AutoCloseable {

    /** A plain phase shorter than this prints nothing: short runs (and their tests) keep their output as it was. */
    static final long QUIET_NANOS = 5_000_000_000L;
    /** The longest a plain phase stays silent once it has spoken. */
    static final long EVERY_NANOS = 5_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final ScheduledExecutorService ticker;
    private ScheduledFuture<?> ticking;

    private String phase;
    private long total;
    private long done;
    private long started;
    private long lastShown;
    private long lastDecile;
    private boolean shown;
    private int width;
    private boolean midLine;

    /** Progress on {@code err}, redrawn in place when it is a terminal, with the system clock and a ticker. */
    public static ConsoleProgress of(PrintWriter err, boolean terminal) {
        return new ConsoleProgress(err, terminal, System::nanoTime, true);
    }

    /** With the given clock (nanoseconds), and a ticker thread or none (then {@link #tick} is called by hand). */
    ConsoleProgress(PrintWriter err, boolean terminal, LongSupplier clock, boolean tick) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.ticker = tick ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    @Override
    public synchronized void start(String phase, long total) {
        if (this.phase != null) {
            done();
        }
        this.phase = phase;
        this.total = Math.max(0, total);
        this.done = 0;
        this.started = clock.getAsLong();
        this.lastShown = started;
        this.lastDecile = 0;
        this.shown = false;
        if (terminal) {
            draw(started, false);
        }
        if (ticker != null) {
            ticking = ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void advance(long steps) {
        if (phase == null) {
            return;
        }
        done += steps;
        show(false);
    }

    /** Shows the phase again if it is time to: the ticker's call. */
    synchronized void tick() {
        if (phase != null) {
            show(false);
        }
    }

    @Override
    public synchronized void done() {
        if (phase == null) {
            return;
        }
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        show(true);
        if (terminal && shown && width > 0) {
            err.println();
            width = 0;
        }
        err.flush();
        phase = null;
    }

    /**
     * A writer for the messages printed while a phase runs (ingest's per-document and per-chunk lines): on a terminal
     * the progress line is cleared before a message and drawn again below it, so the two never mix; elsewhere the
     * messages pass as they are.
     */
    public PrintWriter messages() {
        return new PrintWriter(new AboveProgress(this, err), true);
    }

    /** Prints {@code text} (part of a message) above the progress line. */
    synchronized void printAbove(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (terminal && width > 0 && !midLine) {
            err.print("\r" + " ".repeat(width) + "\r");
            width = 0;
        }
        err.print(text);
        midLine = !text.endsWith("\n");
        if (terminal && !midLine && phase != null) {
            draw(clock.getAsLong(), false);
        } else {
            err.flush();
        }
    }

    synchronized void flush() {
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (phase != null) {
            done();
        }
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    private void show(boolean end) {
        long now = clock.getAsLong();
        if (terminal) {
            if (end || now - lastShown >= REDRAW_NANOS) {
                draw(now, end);
            }
            return;
        }
        long decile = total > 0 ? Math.min(10, done * 10 / total) : 0;
        boolean due = now - started >= QUIET_NANOS && (total == 0 || done < total) // the end line says 100 %
                && (now - lastShown >= EVERY_NANOS || decile > lastDecile || !shown);
        if ((end && shown) || (!end && due)) {
            err.println(line(now, end));
            err.flush();
            lastShown = now;
            lastDecile = decile;
            shown = true;
        }
    }

    /** {@code metrics [############------------] 7/14 (50%) · 3.2 s · about 3 s left}, over the line before. */
    private void draw(long now, boolean end) {
        if (midLine) {
            return; // a message is being printed: the line comes back after it
        }
        String line = phase + bar() + line(now, end).substring(phase.length() + 1);
        int pad = Math.max(0, width - ConsoleWidth.of(line));
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        width = ConsoleWidth.of(line);
        lastShown = now;
        shown = true;
    }

    private String bar() {
        if (total <= 0) {
            return "";
        }
        int filled = (int) Math.min(BAR, done * BAR / total);
        return " [" + "#".repeat(filled) + "-".repeat(BAR - filled) + "]";
    }

    /** {@code metrics: 7/14 (50%) · 3.2 s · about 3 s left}; without a total {@code checkpoint: 12.0 s}. */
    String line(long now, boolean end) {
        double seconds = (now - started) / 1e9;
        StringBuilder b = new StringBuilder(phase).append(':');
        if (total > 0) {
            b.append(String.format(Locale.ROOT, " %,d/%,d (%d%%)", done, total, done * 100 / total));
        } else if (done > 0) {
            b.append(String.format(Locale.ROOT, " %,d", done));
        }
        b.append(" · ").append(duration(seconds));
        if (end) {
            b.append(", done");
        } else if (total > 0 && done > 0 && done < total) {
            b.append(" · about ").append(duration(seconds / done * (total - done))).append(" left");
        }
        return b.toString();
    }

    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        return s < 3600 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60)
                : String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
