package org.landausweep.core.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Blocks read from the disk store are bit for bit the blocks the assembler builds (the reference: a cache
 * with no store), and a damaged, truncated or misnamed file is ignored and rebuilt, never served.
 */
class OperatorBlockStoreTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"2, 24", "3, 12", "4, 10"})
    void loadedBlocksAreBitIdenticalToBuiltOnes(int d, int n) {
        OperatorBlockStore store = OperatorBlockStore.at(dir);
        OperatorCache reference = new OperatorCache(d);
        reference.ensureDegree(n);
        long built = OperatorCache.blocksBuilt();
        new OperatorCache(d, store).ensureDegree(n); // builds and stores
        long stored = OperatorCache.blocksBuilt() - built;

        long loadedBefore = OperatorCache.blocksLoaded();
        long builtBefore = OperatorCache.blocksBuilt();
        OperatorCache warm = new OperatorCache(d, store);
        warm.ensureDegree(n);
        assertEquals(builtBefore, OperatorCache.blocksBuilt(), "a warm store builds nothing");
        assertEquals(stored, OperatorCache.blocksLoaded() - loadedBefore, "every block comes from disk");
        assertSameBlocks(reference, warm, d, n);
    }

    /** A store that cannot be written (here its root is a file, which fails even as root) costs rebuilds, never a solve. */
    @org.junit.jupiter.api.Test
    void anUnwritableStoreBuildsEveryTimeAndStillGivesTheBlocks() throws IOException {
        int d = 2;
        int n = 16;
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        OperatorBlockStore store = OperatorBlockStore.at(notADirectory);
        OperatorCache reference = new OperatorCache(d);
        reference.ensureDegree(n);
        for (int round = 0; round < 2; round++) {
            long built = OperatorCache.blocksBuilt();
            long loaded = OperatorCache.blocksLoaded();
            OperatorCache cache = new OperatorCache(d, store);
            cache.ensureDegree(n);
            assertEquals(loaded, OperatorCache.blocksLoaded(), "nothing can be loaded from an unwritable store");
            org.junit.jupiter.api.Assertions.assertTrue(OperatorCache.blocksBuilt() > built, "round " + round + " builds its blocks");
            assertSameBlocks(reference, cache, d, n);
        }
        assertEquals("x", Files.readString(notADirectory), "the store left the file alone");
    }

    @ParameterizedTest
    @CsvSource({"flip", "truncate", "misnamed", "other-dimension"})
    void aDamagedOrForeignFileIsRebuiltNotServed(String damage) throws IOException {
        int d = 3;
        int n = 8;
        OperatorBlockStore store = OperatorBlockStore.at(dir);
        new OperatorCache(d, store).ensureDegree(n);
        Path victim = store.file(d, 7, 2); // class 2 (one odd index) lives in odd degrees
        byte[] bytes = Files.readAllBytes(victim);
        switch (damage) {
            case "flip" -> { // one bit of one basis entry: still a plausible double, so only the checksum sees it
                bytes[bytes.length / 2] ^= 0x10;
                Files.write(victim, bytes);
            }
            case "truncate" -> Files.write(victim, Arrays.copyOf(bytes, bytes.length - 100));
            case "misnamed" -> Files.copy(store.file(d, 5, 2), victim, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            case "other-dimension" -> {
                OperatorBlockStore.at(dir).save(2, new ClassBlockAssembler(2).build(0, 0, null));
                Files.copy(store.file(2, 0, 0), store.file(d, 0, 0), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                victim = store.file(d, 0, 0);
            }
            default -> throw new IllegalArgumentException(damage);
        }
        int degree = Integer.parseInt(victim.getFileName().toString().substring(1, 4));
        int c = victim.getFileName().toString().charAt(6) - '0';
        assertNull(store.load(d, degree, c), "a " + damage + " file is not served");

        long builtBefore = OperatorCache.blocksBuilt();
        OperatorCache repaired = new OperatorCache(d, store);
        repaired.ensureDegree(n);
        assertEquals(1, OperatorCache.blocksBuilt() - builtBefore, "only the bad block is rebuilt");
        OperatorCache reference = new OperatorCache(d);
        reference.ensureDegree(n);
        assertSameBlocks(reference, repaired, d, n);
        assertNotNull(store.load(d, degree, c), "the rebuilt block replaced the bad file");
    }

    private static void assertSameBlocks(OperatorCache expected, OperatorCache actual, int d, int n) {
        for (int m = 0; m <= n; m++) {
            for (int c = 0; c < 1 << d; c++) {
                ClassBlock e = expected.degree(m)[c];
                ClassBlock a = actual.degree(m)[c];
                if (e == null) {
                    assertNull(a);
                    continue;
                }
                String where = "d " + d + " degree " + m + " class " + c;
                assertEquals(e.degree, a.degree, where);
                assertEquals(e.reflectionClass, a.reflectionClass, where);
                assertArrayEquals(e.hermite, a.hermite, where);
                assertArrayEquals(e.eigenvalue, a.eigenvalue, where);
                assertArrayEquals(bits(e.basis), bits(a.basis), "basis bits, " + where);
                assertEquals(e.coupling == null, a.coupling == null, where);
                for (int i = 0; e.coupling != null && i < d; i++) {
                    assertEquals(e.coupling[i].rows, a.coupling[i].rows, where);
                    assertArrayEquals(e.coupling[i].start, a.coupling[i].start, where);
                    assertArrayEquals(e.coupling[i].column, a.coupling[i].column, where);
                    assertArrayEquals(bits(e.coupling[i].value), bits(a.coupling[i].value), "coupling bits, " + where);
                }
            }
        }
    }

    /** Raw bits, so that -0.0 against 0.0 or two NaNs count as different. */
    private static long[] bits(double[] x) {
        return Arrays.stream(x).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
