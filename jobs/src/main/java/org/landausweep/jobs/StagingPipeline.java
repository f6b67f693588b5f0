package org.landausweep.jobs;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Stages batches ahead of their commits: up to {@code inFlight} batches are solving, being written or
 * waiting for their commit at once, each staged on a driver thread of its own, and {@link #next} hands
 * them back in order. With 2, batch k + 1's tasks run while batch k is written and committed, so the
 * executors do not idle through the driver's part of every batch; with 1, the batches run one after the
 * other. Staging writes only the batch's own staging directory; the caller commits, so each batch is still
 * committed whole, and a crash leaves at most {@code inFlight} staged batches, which the next start deletes.
 *
 * <p>A batch is started only once the batch before it has started its first Spark job: Spark's FIFO
 * scheduler runs the tasks of the older job first, so batch k + 1's tasks take only the cores that batch k
 * leaves idle (its tail, its writes), and the batches' solves do not race for the first place.
 */
final class StagingPipeline implements AutoCloseable {
    /** Solves a batch and writes it to its staging directory; returns its FAILED runs. */
    interface Stager {
        long stage(Batch batch) throws IOException;
    }

    /** A staged batch, ready for its commit. */
    record Staged(Batch batch, long failed) {
    }

    private record InFlight(Batch batch, CompletableFuture<Long> staging, CompletableFuture<?> started) {
    }

    private final Iterator<Batch> batches;
    private final int inFlight;
    private final Stager stager;
    private final Consumer<Batch> cancel;
    private final Function<Batch, CompletableFuture<?>> started;
    private final Deque<InFlight> queue = new ArrayDeque<>();
    private final ExecutorService threads;

    /**
     * @param batches  the batches, in commit order
     * @param inFlight how many may be staging or staged-not-committed at once (at least 1)
     * @param stager   stages one batch (on a pipeline thread)
     * @param cancel   stops a batch's Spark jobs when the pipeline is closed before the batch was handed back
     * @param started  completes when the batch's first Spark job has started
     */
    StagingPipeline(List<Batch> batches, int inFlight, Stager stager, Consumer<Batch> cancel,
            Function<Batch, CompletableFuture<?>> started) {
        this.batches = batches.iterator();
        this.inFlight = inFlight;
        this.stager = stager;
        this.cancel = cancel;
        this.started = started;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(inFlight, r -> {
            Thread t = new Thread(r, "landau-batch-" + count.incrementAndGet());
            t.setDaemon(true); // a driver that fails must not be kept alive by a staging thread
            return t;
        });
    }

    boolean hasNext() {
        return !queue.isEmpty() || batches.hasNext();
    }

    /**
     * Starts batches until {@code inFlight} are under way (the one the caller has just committed is no
     * longer), then waits for the oldest one's staging.
     */
    Staged next() throws IOException {
        while (queue.size() < inFlight && batches.hasNext()) {
            InFlight last = queue.peekLast();
            if (last != null) { // its first job started, or its staging ended (a failure surfaces when it is handed back)
                CompletableFuture.anyOf(last.started(), last.staging()).exceptionally(e -> null).join();
            }
            Batch batch = batches.next();
            CompletableFuture<Long> staging = new CompletableFuture<>();
            CompletableFuture<?> jobStarted = started.apply(batch);
            threads.execute(() -> {
                try {
                    staging.complete(stager.stage(batch));
                } catch (Throwable t) {
                    staging.completeExceptionally(t);
                }
            });
            queue.add(new InFlight(batch, staging, jobStarted));
        }
        InFlight head = queue.poll();
        try {
            return new Staged(head.batch(), head.staging().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.accept(head.batch());
            throw new IllegalStateException("interrupted while batch " + head.batch().id() + " was staging", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Stops the batches still staging (their staging directories are deleted on the next start) and the threads. */
    @Override
    public void close() {
        for (InFlight left : queue) {
            cancel.accept(left.batch()); // its thread's Spark action fails, and shutdownNow interrupts the rest
        }
        queue.clear();
        threads.shutdownNow();
        try {
            // Their Spark jobs are cancelled: the threads come back quickly; do not return while one still writes.
            threads.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
