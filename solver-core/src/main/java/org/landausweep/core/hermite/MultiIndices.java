package org.landausweep.core.hermite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The multi-indices α ∈ N^d of the Hermite basis H_α(v) = Π_i He_{α_i}(v_i)/sqrt(α_i!), grouped by
 * total degree n = |α|. Within a degree the order is fixed (lexicographic, largest α_1 first) and
 * every coefficient array of degree n uses it. Built lazily, once per JVM and dimension, and shared.
 */
public final class MultiIndices {
    private static final Map<Integer, MultiIndices> BY_DIMENSION = new ConcurrentHashMap<>();

    private final int d;
    private volatile List<Degree> degrees = List.of();

    private MultiIndices(int d) {
        this.d = d;
    }

    /** The shared instance for dimension d. */
    public static MultiIndices of(int d) {
        if (d < 1 || d > 8) {
            throw new IllegalArgumentException("dimension " + d + " outside [1, 8]");
        }
        return BY_DIMENSION.computeIfAbsent(d, MultiIndices::new);
    }

    /** The number of multi-indices in N^d of total degree at most n: the binomial C(n + d, d). */
    public static double count(int d, int n) {
        double c = 1;
        for (int i = 1; i <= d; i++) {
            c = c * (n + i) / i;
        }
        return c;
    }

    public int dimension() {
        return d;
    }

    /** The multi-indices of total degree n. */
    public Degree degree(int n) {
        List<Degree> current = degrees;
        if (n < current.size()) {
            return current.get(n);
        }
        return extendTo(n);
    }

    private synchronized Degree extendTo(int n) {
        List<Degree> grown = new ArrayList<>(degrees);
        while (grown.size() <= n) {
            int m = grown.size();
            grown.add(new Degree(d, m, m == 0 ? null : grown.get(m - 1)));
        }
        degrees = List.copyOf(grown);
        return grown.get(n);
    }

    /** The multi-indices of one total degree, with the maps to the neighbouring degrees. */
    public static final class Degree {
        private final int n;
        private final int[][] alphas;
        private final Map<Long, Integer> position;
        /** minus[k * d + i] = position of α_k - e_i in degree n - 1, or -1 when α_k,i = 0. */
        private final int[] minus;

        private Degree(int d, int n, Degree previous) {
            this.n = n;
            List<int[]> list = new ArrayList<>();
            enumerate(d, n, 0, new int[d], list);
            this.alphas = list.toArray(new int[0][]);
            this.position = new HashMap<>(alphas.length * 2);
            for (int k = 0; k < alphas.length; k++) {
                position.put(key(alphas[k]), k);
            }
            this.minus = new int[alphas.length * d];
            for (int k = 0; k < alphas.length; k++) {
                for (int i = 0; i < d; i++) {
                    if (alphas[k][i] == 0) {
                        minus[k * d + i] = -1;
                    } else {
                        int[] b = alphas[k].clone();
                        b[i]--;
                        minus[k * d + i] = previous.indexOf(b);
                    }
                }
            }
        }

        private static void enumerate(int d, int remaining, int i, int[] current, List<int[]> out) {
            if (i == d - 1) {
                current[i] = remaining;
                out.add(current.clone());
                return;
            }
            for (int a = remaining; a >= 0; a--) {
                current[i] = a;
                enumerate(d, remaining - a, i + 1, current, out);
            }
        }

        /** Packs α into 64 bits, 64/d bits per entry (d = 2: entries up to 2^32 - 1; d = 8: up to 255). */
        static long key(int[] alpha) {
            int bits = 64 / alpha.length;
            long k = 0;
            for (int a : alpha) {
                k = (k << bits) | a;
            }
            return k;
        }

        public int degree() {
            return n;
        }

        public int size() {
            return alphas.length;
        }

        /** The k-th multi-index (do not modify). */
        public int[] alpha(int k) {
            return alphas[k];
        }

        /** Position of α in this degree, or -1 when α is not of degree n (or has a negative entry). */
        public int indexOf(int[] alpha) {
            long limit = 1L << Math.min(31, 64 / alpha.length);
            for (int a : alpha) {
                if (a < 0 || a >= limit) {
                    return -1;
                }
            }
            Integer k = position.get(key(alpha));
            return k == null ? -1 : k;
        }

        /** Position of α_k - e_i in degree n - 1, or -1 when α_k has no i-th component. */
        public int minus(int k, int i) {
            return minus[k * alphas[0].length + i];
        }
    }
}
