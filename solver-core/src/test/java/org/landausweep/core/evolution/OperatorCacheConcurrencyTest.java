package org.landausweep.core.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Threads that race for overlapping degrees of one cache get the blocks a serial build gives (the
 * assembler called chain by chain, in degree order), and each block is built exactly once; in d = 3 and in d = 4,
 * whose 16 reflection classes are as many independent chains.
 */
class OperatorCacheConcurrencyTest {

    @ParameterizedTest
    @ValueSource(ints = {3, 4})
    void racingThreadsBuildEachBlockOnceAndAsASerialBuildDoes(int d) throws Exception {
        int[] wanted = {14, 9, 14, 12};
        OperatorCache cache = new OperatorCache(d);
        long before = OperatorCache.blocksBuilt();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(wanted.length);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int n : wanted) {
                done.add(pool.submit(() -> {
                    go.await();
                    cache.ensureDegree(n);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        ClassBlockAssembler serial = new ClassBlockAssembler(d);
        int distinct = 0;
        for (int c = 0; c < 1 << d; c++) {
            ClassBlock lower = null;
            for (int n = 0; n <= 14; n++) {
                ClassBlock cached = cache.degree(n)[c];
                if (Integer.bitCount(c) % 2 != n % 2 || Integer.bitCount(c) > n) {
                    assertNull(cached, "no block of class " + c + " in degree " + n);
                    continue;
                }
                ClassBlock expected = serial.build(n, c, lower);
                assertArrayEquals(expected.hermite, cached.hermite, "members, degree " + n + " class " + c);
                assertArrayEquals(expected.eigenvalue, cached.eigenvalue, "eigenvalues, degree " + n + " class " + c);
                assertArrayEquals(expected.basis, cached.basis, 0.0, "basis, degree " + n + " class " + c);
                lower = expected;
                distinct++;
            }
        }
        assertEquals(distinct, OperatorCache.blocksBuilt() - before, "each (degree, class) block built once");
    }
}
