package org.budgetlens.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The generators' parallel work: a daemon pool, and a wait for a task (its I/O failure as an {@link IOException}). */
public final class Futures {

    private Futures() {
    }

    /** A pool of daemon threads, one per core, named {@code name}: generating never keeps the JVM alive. */
    public static java.util.concurrent.ExecutorService daemonPool(String name) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        return java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public static <T> T take(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }
}
