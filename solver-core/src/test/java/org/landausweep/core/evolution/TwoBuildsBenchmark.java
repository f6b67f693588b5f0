package org.landausweep.core.evolution;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code landau bench}'s loop (60 benchmark data, seed 1, default settings, cache warm) for two builds in one JVM, each
 * in its own class loader, alternating passes: a shared host's load hits both alike, unlike two bench runs one after
 * the other. Prints the rate of build B over build A per round. A benchmark, not a test (BENCHMARKS.md).
 *
 * <p>Usage: {@code java -cp solver-core/target/test-classes org.landausweep.core.evolution.TwoBuildsBenchmark d rounds
 * ROOT_A ROOT_B CLASSPATH_FILE} (ROOT_x: a clone with {@code solver-core/target/classes} built; CLASSPATH_FILE: the
 * dependencies, one line with ':' separators, e.g. from {@code mvn dependency:build-classpath}).
 */
public final class TwoBuildsBenchmark {
    private TwoBuildsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int d = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        String[] roots = {args[2], args[3]};
        String deps = new String(Files.readAllBytes(Paths.get(args[4]))).trim();
        Object[][] data = new Object[2][];
        Object[] settings = new Object[2];
        Method[] solve = new Method[2];
        for (int b = 0; b < 2; b++) {
            List<URL> urls = new ArrayList<>();
            urls.add(Paths.get(roots[b], "solver-core/target/classes").toUri().toURL());
            for (String p : deps.split(":")) urls.add(Paths.get(p).toUri().toURL());
            ClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> spec = cl.loadClass("org.landausweep.core.data.MixtureSamplingSpec");
            Class<?> gen = cl.loadClass("org.landausweep.core.data.MixtureGenerator");
            Class<?> ss = cl.loadClass("org.landausweep.core.evolution.SolverSettings");
            Class<?> ls = cl.loadClass("org.landausweep.core.evolution.LandauSolver");
            Class<?> datum = cl.loadClass("org.landausweep.core.data.InitialDatum");
            Object sp = spec.getMethod("benchmark", int.class).invoke(null, d);
            Method g = gen.getMethod("generate", spec, long.class, long.class);
            data[b] = new Object[60];
            for (int k = 0; k < 60; k++) data[b][k] = g.invoke(null, sp, 1L, (long) k);
            settings[b] = ss.getMethod("defaults", int.class).invoke(null, d);
            solve[b] = ls.getMethod("solve", datum, ss);
            for (Object x : data[b]) solve[b].invoke(null, x, settings[b]); // cache and JIT
        }
        for (int r = 0; r < rounds; r++) {
            double[] sec = new double[2];
            for (int b = 0; b < 2; b++) {
                long t0 = System.nanoTime();
                for (Object x : data[b]) solve[b].invoke(null, x, settings[b]);
                sec[b] = (System.nanoTime() - t0) * 1e-9;
            }
            System.out.printf("d = %d round %d: A %.2f s, B %.2f s per 60 solves: B/A rate %.3f%n", d, r, sec[0], sec[1], sec[0] / sec[1]);
        }
    }
}
