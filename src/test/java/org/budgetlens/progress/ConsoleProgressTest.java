package org.budgetlens.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The progress display on a clock the test moves: sparse lines in a log, one redrawn line on a terminal. */
class ConsoleProgressTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final StringWriter text = new StringWriter();

    private ConsoleProgress progress(boolean terminal) {
        return new ConsoleProgress(new PrintWriter(text, true), terminal, now::get, false);
    }

    private void pass(double seconds) {
        now.addAndGet((long) (seconds * SECOND));
    }

    @Test
    void aShortPhaseInALogPrintsNothing() {
        ConsoleProgress p = progress(false);
        p.start("metrics", 14);
        for (int i = 0; i < 14; i++) {
            pass(0.3);
            p.advance(1);
        }
        p.done();

        assertThat(text.toString()).isEmpty();
    }

    @Test
    void aLongPhaseInALogPrintsEveryTenPercentOrFiveSecondsWithTheTimeLeftAndOneLineAtTheEnd() {
        ConsoleProgress p = progress(false);
        p.start("load", 1000);
        pass(6);
        p.advance(100); // 10 % after 6 s: first line, 54 s left at this pace
        pass(0.5);
        p.advance(10); // same decile, 0.5 s later: quiet
        pass(0.5);
        p.advance(90); // 20 %
        pass(5);
        p.tick(); // 5 s without a step: the ticker prints
        pass(1);
        p.advance(800);
        p.done();

        assertThat(text.toString().lines()).containsExactly(
                "load: 100/1,000 (10%) · 6.0 s · about 54.0 s left",
                "load: 200/1,000 (20%) · 7.0 s · about 28.0 s left",
                "load: 200/1,000 (20%) · 12.0 s · about 48.0 s left",
                "load: 1,000/1,000 (100%) · 13.0 s, done");
    }

    @Test
    void aPhaseWithoutATotalSaysHowLongItRuns() {
        ConsoleProgress p = progress(false);
        p.start("checkpoint", 0);
        pass(65);
        p.tick();
        p.done();

        assertThat(text.toString().lines()).containsExactly("checkpoint: · 1 min 05 s",
                "checkpoint: · 1 min 05 s, done");
    }

    @Test
    void onATerminalOneLineIsRedrawnWithABarAndEndsWithANewLine() {
        ConsoleProgress p = progress(true);
        p.start("audit", 4);
        pass(1);
        p.advance(1);
        pass(1);
        p.advance(3);
        p.done();

        String out = text.toString();
        assertThat(out).startsWith("\raudit [------------------------] 0/4 (0%) · 0.0 s")
                .contains("\raudit [######------------------] 1/4 (25%) · 1.0 s · about 3.0 s left")
                .endsWith("\raudit [########################] 4/4 (100%) · 2.0 s, done\n");
        assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(1);
    }

    @Test
    void aNewPhaseEndsThePreviousOne() {
        ConsoleProgress p = progress(true);
        p.start("load", 2);
        p.advance(2);
        p.start("metrics", 14);
        p.done();

        assertThat(text.toString()).contains("load [########################] 2/2 (100%) · 0.0 s, done\n")
                .endsWith("metrics [------------------------] 0/14 (0%) · 0.0 s, done\n");
    }

    @Test
    void aMessagePrintedDuringAPhaseGoesAboveTheLineOnATerminalAndAsItIsInALog() {
        ConsoleProgress p = progress(true);
        p.start("extract", 2);
        p.messages().println("extract: a.pdf -> a.csv");
        p.advance(1);
        p.done();

        assertThat(text.toString()).isEqualTo("\rextract [------------------------] 0/2 (0%) · 0.0 s"
                + "\r" + " ".repeat(51) + "\rextract: a.pdf -> a.csv\n"
                + "\rextract [------------------------] 0/2 (0%) · 0.0 s"
                + "\rextract [############------------] 1/2 (50%) · 0.0 s, done\n");

        StringWriter log = new StringWriter();
        ConsoleProgress plain = new ConsoleProgress(new PrintWriter(log, true), false, now::get, false);
        plain.start("extract", 2);
        plain.messages().println("extract: a.pdf -> a.csv");
        plain.done();
        assertThat(log.toString()).isEqualTo("extract: a.pdf -> a.csv\n");
    }

    @Test
    void durations() {
        assertThat(ConsoleProgress.duration(3.25)).isEqualTo("3.3 s");
        assertThat(ConsoleProgress.duration(600)).isEqualTo("10 min 00 s");
        assertThat(ConsoleProgress.duration(7300)).isEqualTo("2 h 01 min");
    }
}
