package org.budgetlens.progress;

import java.io.Writer;

/** The writer of {@link ConsoleProgress#messages()}: every message goes above the progress line. */
final class AboveProgress extends Writer {

    private final ConsoleProgress progress;

    AboveProgress(ConsoleProgress progress, Object lock) {
        super(lock);
        this.progress = progress;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        progress.printAbove(new String(buffer, offset, length));
    }

    @Override
    public void flush() {
        progress.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
