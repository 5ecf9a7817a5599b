package org.budgetlens.ingest;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the chunk loads on one thread of their own, so that DuckDB loads a chunk while the next one is parsed: at
 * most one load is under way, and {@link #submit} waits for it before handing over the next. A failed load is
 * thrown by the next {@link #submit} or {@link #await}, so the step or the job that follows fails with it. Loads run
 * one after the other, in the order they were submitted.
 */
final class LoadPipeline implements AutoCloseable {

    /** A chunk load. */
    @FunctionalInterface
    interface Load {
        void run() throws Exception;
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "ingest-load");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> pending;

    /** Waits for the load under way (throwing its failure), then starts {@code load}. */
    synchronized void submit(Load load) throws Exception {
        await();
        pending = executor.submit(() -> {
            load.run();
            return null;
        });
    }

    /** Waits for the load under way, if any; throws what it failed with. */
    synchronized void await() throws Exception {
        if (pending == null) {
            return;
        }
        Future<?> running = pending;
        pending = null;
        try {
            running.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Waits for the load under way (its failure, if any, was or will be reported by the job), then stops. */
    @Override
    public synchronized void close() {
        try {
            if (pending != null) {
                pending.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ignored) {
            // the job has already failed; the warehouse keeps only committed chunks
        } finally {
            pending = null;
            executor.shutdown();
        }
    }
}
