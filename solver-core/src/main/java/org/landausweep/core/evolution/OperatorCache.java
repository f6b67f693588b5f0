package org.landausweep.core.evolution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The per-dimension operator data of the Hermite method: for each degree n and reflection class,
 * the eigenbasis of M0 and the couplings to degree n - 2 ({@link ClassBlock}). They depend on (d, n)
 * only, so they are built once per JVM, degree by degree as solves need them, and shared by every
 * solve and thread. This class is the cache; {@link ClassBlockAssembler} builds the blocks.
 *
 * <p>Block (n, c) needs only block (n - 2, c): the 2^d reflection classes are independent chains. Each
 * block is a future claimed by the first thread that needs it, so threads that need the same degrees
 * build different chains side by side (a thread defers a chain another one is building and takes the
 * next), and a thread that needs a low degree never waits for another one's high degrees.
 *
 * <p>The cache of {@link #of} first looks for each block in the machine's {@link OperatorBlockStore}
 * and stores every block it builds there, so that only the first JVM of a machine builds them.
 */
public final class OperatorCache {
    private static final Map<Integer, OperatorCache> BY_DIMENSION = new ConcurrentHashMap<>();
    private static final AtomicLong BLOCKS_BUILT = new AtomicLong();
    private static final AtomicLong BLOCKS_LOADED = new AtomicLong();

    private final int d;
    private final ClassBlockAssembler assembler;
    private final OperatorBlockStore store;
    /** Block (n, c) under key n 2^d + c, built or being built. */
    private final Map<Integer, FutureTask<ClassBlock>> blocks = new ConcurrentHashMap<>();
    /** The degrees whose blocks are all built: the lock-free path of every solve after the first. */
    private final Map<Integer, ClassBlock[]> complete = new ConcurrentHashMap<>();
    /** Rotates the chain each assembly starts from, so that concurrent assemblies start apart. */
    private final AtomicInteger assemblies = new AtomicInteger();

    OperatorCache(int d) { // package-private: a test races threads on a cache of its own, built only
        this(d, OperatorBlockStore.off());
    }

    OperatorCache(int d, OperatorBlockStore store) {
        this.d = d;
        this.assembler = new ClassBlockAssembler(d);
        this.store = store;
    }

    /** The shared cache of dimension d, backed by the configured {@link OperatorBlockStore}. */
    public static OperatorCache of(int d) {
        return BY_DIMENSION.computeIfAbsent(d, dim -> new OperatorCache(dim, OperatorBlockStore.configured()));
    }

    /** A cache of its own on {@code store} (for the disk-against-build benchmark; solves use {@link #of}). */
    public static OperatorCache unshared(int d, OperatorBlockStore store) {
        return new OperatorCache(d, store);
    }

    /** How many (degree, class) blocks this JVM has built, over all dimensions: a cache-reuse metric. */
    public static long blocksBuilt() {
        return BLOCKS_BUILT.get();
    }

    /** How many blocks this JVM has read from its {@link OperatorBlockStore} instead of building them. */
    public static long blocksLoaded() {
        return BLOCKS_LOADED.get();
    }

    /** The blocks of degree n, indexed by reflection class (null for classes of the other parity). */
    ClassBlock[] degree(int n) {
        ClassBlock[] built = complete.get(n);
        return built != null ? built : assemble(n);
    }

    /** Builds every degree up to n now (used to warm the cache before timing). */
    public void ensureDegree(int n) {
        // The top two degrees first: climbing their chains builds every lower block, chain by chain.
        for (int m = n; m >= 0; m--) {
            degree(m);
        }
    }

    private ClassBlock[] assemble(int n) {
        List<Integer> classes = new ArrayList<>();
        for (int c = 0; c < 1 << d; c++) {
            if (Integer.bitCount(c) % 2 == n % 2 && Integer.bitCount(c) <= n) {
                classes.add(c);
            }
        }
        Deque<Integer> todo = new ArrayDeque<>();
        int start = Math.floorMod(assemblies.getAndIncrement(), classes.size());
        for (int i = 0; i < classes.size(); i++) {
            todo.add(classes.get((start + i) % classes.size()));
        }
        ClassBlock[] out = new ClassBlock[1 << d];
        while (!todo.isEmpty()) {
            int c = todo.poll();
            if (climb(n, c, !todo.isEmpty())) {
                out[c] = await(blocks.get(key(n, c)));
            } else {
                todo.add(c);
            }
        }
        ClassBlock[] raced = complete.putIfAbsent(n, out);
        return raced != null ? raced : out;
    }

    /**
     * Walks class c's chain up to degree n, building the blocks nobody has claimed. With {@code mayDefer},
     * stops (false) at a block another thread is still building; otherwise waits for it.
     */
    private boolean climb(int n, int c, boolean mayDefer) {
        for (int m = Integer.bitCount(c); m <= n; m += 2) {
            FutureTask<ClassBlock> task = claim(m, c);
            if (mayDefer && !task.isDone()) {
                return false;
            }
            await(task);
        }
        return true;
    }

    /** The future of block (m, c); runs it here when this thread is the first to ask. */
    private FutureTask<ClassBlock> claim(int m, int c) {
        FutureTask<ClassBlock> task = blocks.get(key(m, c));
        if (task != null) {
            return task;
        }
        // Reached only after block (m - 2, c) is done (climb goes up the chain in order).
        ClassBlock lower = m - 2 >= Integer.bitCount(c) ? await(blocks.get(key(m - 2, c))) : null;
        FutureTask<ClassBlock> mine = new FutureTask<>(() -> loadOrBuild(m, c, lower));
        task = blocks.putIfAbsent(key(m, c), mine);
        if (task != null) {
            return task;
        }
        mine.run();
        if (isFailed(mine)) {
            blocks.remove(key(m, c), mine); // the next solve tries again, as before the blocks were futures
        }
        return mine;
    }

    private ClassBlock loadOrBuild(int m, int c, ClassBlock lower) {
        ClassBlock stored = store.load(d, m, c);
        if (stored != null) {
            BLOCKS_LOADED.incrementAndGet();
            return stored;
        }
        ClassBlock built = assembler.build(m, c, lower);
        BLOCKS_BUILT.incrementAndGet();
        store.save(d, built);
        return built;
    }

    private int key(int m, int c) {
        return (m << d) + c;
    }

    private static boolean isFailed(FutureTask<ClassBlock> task) {
        try {
            task.get();
            return false;
        } catch (ExecutionException | InterruptedException e) {
            return true;
        }
    }

    /** The block of a future, rethrowing the build's own exception. */
    private static ClassBlock await(FutureTask<ClassBlock> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an operator block", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
