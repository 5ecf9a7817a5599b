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
        try {
            pending.get(); // interrupted: the load stays pending, so that close() still waits for it
        } catch (ExecutionException e) {
            pending = null;
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        pending = null;
    }

    /**
     * Waits for the load under way even when interrupted (the warehouse must not be closed, nor used by another
     * thread, while a load holds it) and returns what it failed with, or null.
     */
    synchronized Exception awaitUninterruptibly() {
        boolean interrupted = false;
        Exception failure = null;
        while (pending != null) {
            try {
                pending.get();
                pending = null;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                pending = null;
                failure = e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return failure;
    }

    /**
     * Waits for the load under way, then stops. A failure is not thrown here: the job reports it (the finish step
     * through {@link #await}, a failed job through {@link #awaitUninterruptibly}); the warehouse keeps only
     * committed chunks.
     */
    @Override
    public synchronized void close() {
        try {
            awaitUninterruptibly();
        } finally {
            executor.shutdown();
        }
    }
}
