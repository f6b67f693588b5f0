package org.landausweep.jobs;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple4;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Progress per run while a sweep's batches are solving: each solve adds one to a Spark accumulator
 * ({@link #solvedCounter()}); the driver adds the accumulator's merged value (finished tasks) to the partial
 * values of running tasks that executors send with their heartbeats, and prints every {@code period}
 * a line {@code solving: DONE/TOTAL runs (P %), R runs/s, ETA ...} while a batch is running (several may
 * be in flight at once: DONE is the runs committed at the start plus those solved since, at most the runs
 * of the batches started). The rate is
 * that of this invocation (runs solved since it started over the time since then); the ETA is the runs
 * left at that rate.
 */
public final class RunProgress implements AutoCloseable {
    /** How often a line is printed while work is running. */
    public static final long DEFAULT_PERIOD_SECONDS = 10;

    private final LongAccumulator solved;
    private final Map<Long, Long> running = new ConcurrentHashMap<>();
    private final SparkContext spark;
    private final Listener listener = new Listener();
    private final ScheduledExecutorService ticker;
    private final long total;
    private final long started = System.nanoTime();
    private final long committedAtStart;
    /** Runs of the batches started in this invocation. */
    private final AtomicLong startedRuns = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();

    /**
     * Starts the ticker.
     *
     * @param spark         the sweep's context, whose listener bus and accumulators it uses
     * @param committed     runs already committed when the sweep started
     * @param total         runs in the sweep
     * @param periodSeconds seconds between lines; 0 for none (the counter still counts)
     * @param out           receives the lines
     */
    public RunProgress(SparkContext spark, long committed, long total, long periodSeconds, Consumer<String> out) {
        this.spark = spark;
        this.solved = spark.longAccumulator("landau runs solved");
        this.total = total;
        this.committedAtStart = committed;
        spark.addSparkListener(listener);
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "landau-progress");
            t.setDaemon(true);
            return t;
        });
        if (periodSeconds <= 0) {
            return;
        }
        ticker.scheduleAtFixedRate(() -> {
            if (inFlight.get() > 0) {
                out.accept(line());
            }
        }, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    }

    /** The counter each solve adds one to, on the executors. */
    public LongAccumulator solvedCounter() {
        return solved;
    }

    /** A batch of {@code size} runs starts (on any thread). */
    public void batchStarted(long size) {
        startedRuns.addAndGet(size);
        inFlight.incrementAndGet();
    }

    /** A batch is committed: no lines once none is in flight. */
    public void batchDone() {
        inFlight.decrementAndGet();
    }

    /** Runs solved in this invocation so far: finished tasks plus what running tasks reported, at most the runs started. */
    long solvedSoFar() {
        long partial = running.values().stream().mapToLong(Long::longValue).sum();
        return Math.min(startedRuns.get(), solved.value() + partial);
    }

    /** {@code solving: 1234/2000 runs (61.7 %), 3.10 runs/s, ETA 4 min 07 s} (not "progress:", which says what is committed). */
    String line() {
        long done = committedAtStart + solvedSoFar();
        double seconds = (System.nanoTime() - started) * 1e-9;
        double rate = (done - committedAtStart) / seconds;
        String eta = rate > 0 ? "ETA " + duration((total - done) / rate) : "ETA unknown (no run finished yet)";
        return String.format(Locale.ROOT, "solving: %d/%d runs (%.1f %%), %.2f runs/s, %s", done, total, 100.0 * done / total, rate, eta);
    }

    /** {@code 45 s}, {@code 4 min 07 s}, {@code 2 h 05 min}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        spark.removeSparkListener(listener);
    }

    /** Keeps the latest heartbeat value of the counter per running task; a finished task's count is in the accumulator. */
    private final class Listener extends SparkListener {
        @Override
        public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
            for (Tuple4<Object, Object, Object, Seq<AccumulableInfo>> task : CollectionConverters.asJava(update.accumUpdates())) {
                for (AccumulableInfo info : CollectionConverters.asJava(task._4())) {
                    if (info.id() == solved.id() && info.update().isDefined() && info.update().get() instanceof Long value) {
                        running.put((Long) task._1(), value);
                    }
                }
            }
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            running.remove(end.taskInfo().taskId());
        }
    }
}
