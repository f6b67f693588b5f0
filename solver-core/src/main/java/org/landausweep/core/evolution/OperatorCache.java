package org.landausweep.core.evolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The per-dimension operator data of the Hermite method: for each degree n and reflection class,
 * the eigenbasis of M0 and the couplings to degree n - 2 ({@link ClassBlock}). They depend on (d, n)
 * only, so they are built once per JVM, degree by degree as solves need them, and shared by every
 * solve and thread. This class is the cache; {@link ClassBlockAssembler} builds the blocks.
 */
public final class OperatorCache {
    private static final Map<Integer, OperatorCache> BY_DIMENSION = new ConcurrentHashMap<>();
    private static final AtomicLong BLOCKS_BUILT = new AtomicLong();

    private final int d;
    private final ClassBlockAssembler assembler;
    private volatile List<ClassBlock[]> degrees = List.of();

    private OperatorCache(int d) {
        this.d = d;
        this.assembler = new ClassBlockAssembler(d);
    }

    /** The shared cache of dimension d. */
    public static OperatorCache of(int d) {
        return BY_DIMENSION.computeIfAbsent(d, OperatorCache::new);
    }

    /** How many (degree, class) blocks this JVM has built, over all dimensions: a cache-reuse metric. */
    public static long blocksBuilt() {
        return BLOCKS_BUILT.get();
    }

    /** The blocks of degree n, indexed by reflection class (null for classes of the other parity). */
    ClassBlock[] degree(int n) {
        List<ClassBlock[]> current = degrees;
        if (n < current.size()) {
            return current.get(n);
        }
        return extendTo(n);
    }

    /** Builds every degree up to n now (used to warm the cache before timing). */
    public void ensureDegree(int n) {
        degree(n);
    }

    private synchronized ClassBlock[] extendTo(int n) {
        List<ClassBlock[]> grown = new ArrayList<>(degrees);
        while (grown.size() <= n) {
            int m = grown.size();
            ClassBlock[] blocks = new ClassBlock[1 << d];
            for (int c = 0; c < blocks.length; c++) {
                if (Integer.bitCount(c) % 2 == m % 2 && Integer.bitCount(c) <= m) {
                    blocks[c] = assembler.build(m, c, m >= 2 ? grown.get(m - 2)[c] : null);
                    BLOCKS_BUILT.incrementAndGet();
                }
            }
            grown.add(blocks);
            degrees = List.copyOf(grown);
        }
        return grown.get(n);
    }
}
