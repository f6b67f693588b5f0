package org.landausweep.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landausweep.core.cli.Cli;

/**
 * One driver per sweep of an output (issue 13): two drivers with different specifications could both
 * pass the spec check and overwrite each other's fingerprint; the same spec twice died in a stack
 * trace. Now the first takes the lease and the others are refused in one line naming it.
 */
class SweepLeaseTest {
    private static final Duration TIMEOUT = SweepLease.DEFAULT_TIMEOUT;

    @TempDir
    Path dir;

    private SweepState open(SweepSource source, Duration timeout, boolean breakLease, List<String> lines) throws IOException {
        return SweepState.open(TinySweeps.layout(dir, source), source, false, timeout, breakLease, lines::add);
    }

    @Test
    void ofDriversRacingForOneOutputExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 8; round++) {
                Path output = Files.createDirectory(dir.resolve("race-" + round));
                List<SweepSource> sources = List.of(TinySweeps.tiny(), TinySweeps.reseeded(), TinySweeps.tiny(), TinySweeps.reseeded());
                CyclicBarrier start = new CyclicBarrier(sources.size());
                List<Future<SweepState>> claims = new ArrayList<>();
                for (SweepSource source : sources) {
                    claims.add(pool.submit(() -> {
                        start.await();
                        return SweepState.open(TinySweeps.layout(output, source), source, false, TIMEOUT, false, line -> { });
                    }));
                }
                List<SweepState> winners = new ArrayList<>();
                for (Future<SweepState> claim : claims) {
                    try {
                        winners.add(claim.get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertTrue(e.getCause() instanceof LeaseHeldException, "refused, not crashed: " + e.getCause());
                        assertTrue(e.getCause().getMessage().contains("is being written by the driver of ")
                                && e.getCause().getMessage().contains(" pid " + ProcessHandle.current().pid()), e.getCause().getMessage());
                    }
                }
                assertEquals(1, winners.size(), "round " + round + ": exactly one driver holds the sweep");
                assertEquals(winners.get(0).spec().fingerprint() + "\n", Files.readString(output.resolve("_sweeps/tiny/fingerprint")),
                        "the fingerprint is the winner's");
                winners.get(0).close();
                assertFalse(Files.exists(output.resolve("_leases/tiny")), "closing gives the lease back");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofDriverProcessesRacingForOneOutputExactlyOneWins() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 3; round++) {
            Path output = Files.createDirectory(dir.resolve("processes-" + round));
            Path go = dir.resolve("go-" + round);
            List<Process> drivers = new ArrayList<>();
            for (String seed : List.of("7", "8")) {
                drivers.add(new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), LeaseClaimMain.class.getName(),
                        output.toString(), seed, go.toString()).redirectErrorStream(true).start());
            }
            Thread.sleep(1500); // both JVMs started and spinning on the go file
            Files.createFile(go);
            List<String> outcomes = new ArrayList<>();
            for (Process driver : drivers) {
                assertTrue(driver.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "driver ended");
                String printed = new String(driver.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                outcomes.add(printed.lines().filter(l -> l.startsWith("won ") || l.startsWith("refused ")).findFirst().orElse(printed));
            }
            List<String> won = outcomes.stream().filter(o -> o.startsWith("won ")).toList();
            assertEquals(1, won.size(), "round " + round + ": exactly one process holds the sweep: " + outcomes);
            assertTrue(outcomes.stream().anyMatch(o -> o.startsWith("refused sweep tiny in ") && o.contains("is being written by the driver of ")),
                    outcomes::toString);
            assertEquals(won.get(0).substring(4) + "\n", Files.readString(output.resolve("_sweeps/tiny/fingerprint")));
        }
    }

    @Test
    void aSecondSweepCommandIsRefusedInOneLineAndChangesNothing() throws IOException {
        Path spec = Files.writeString(dir.resolve("tiny.yaml"), TinySweeps.YAML);
        Path output = dir.resolve("out");
        try (SweepState first = SweepState.open(TinySweeps.layout(output, TinySweeps.tiny()), TinySweeps.tiny(), false)) {
            Map<String, String> before = TinySweeps.digests(output);
            SweepTamperingTest.Result r = SweepTamperingTest.landau("sweep", spec.toString(), "--output", output.toString());
            assertEquals(Cli.BAD_INPUT, r.code(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("error: sweep tiny in ") && r.err().contains("is being written by the driver of ")
                    && r.err().contains("--break-lease"), r.err());
            assertEquals(before, TinySweeps.digests(output));
        }
    }

    @Test
    void aLeaseIsRenewedWhileItsDriverRuns() throws Exception {
        Duration short_ = Duration.ofMillis(1200);
        try (SweepState first = open(TinySweeps.tiny(), short_, false, new ArrayList<>())) {
            Thread.sleep(2500); // twice the timeout: only renewals keep it
            assertThrows(LeaseHeldException.class, () -> open(TinySweeps.tiny(), short_, false, new ArrayList<>()));
            first.lease().check();
        }
        open(TinySweeps.tiny(), short_, false, new ArrayList<>()).close();
    }

    @Test
    void aStaleLeaseOfAnotherHostIsTakenOverAfterTheTimeout() throws IOException {
        plantLease("elsewhere.example", 4242, Instant.now().minusSeconds(TIMEOUT.toSeconds() + 30));
        List<String> lines = new ArrayList<>();
        try (SweepState state = open(TinySweeps.tiny(), TIMEOUT, false, lines)) {
            assertEquals(1, lines.size(), lines::toString);
            assertTrue(lines.get(0).matches("sweep tiny: taking over the lease of the driver of someone on elsewhere.example pid 4242 started .*"
                    + " \\(not renewed for \\d+ s, more than the timeout of 60 s\\)"), lines.get(0));
            state.lease().check();
        }
    }

    @Test
    void aFreshLeaseOfAnotherHostIsRefused() throws IOException {
        plantLease("elsewhere.example", 4242, Instant.now());
        List<String> lines = new ArrayList<>();
        LeaseHeldException e = assertThrows(LeaseHeldException.class, () -> open(TinySweeps.tiny(), TIMEOUT, false, lines), lines::toString);
        assertTrue(e.getMessage().contains("someone on elsewhere.example pid 4242"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("_sweeps/tiny/fingerprint")), "nothing claimed");
    }

    @Test
    void aLeaseOfAPidGoneFromThisHostIsTakenOverAtOnce() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        plantLease(InetAddress.getLocalHost().getHostName(), gone.pid(), Instant.now());
        List<String> lines = new ArrayList<>();
        open(TinySweeps.tiny(), TIMEOUT, false, lines).close();
        assertTrue(lines.get(0).endsWith("(pid " + gone.pid() + " no longer runs on this host)"), lines::toString);
    }

    @Test
    void breakLeaseTakesOverALiveHolderWhichThenCannotCommit() throws IOException {
        try (SweepState first = open(TinySweeps.tiny(), TIMEOUT, false, new ArrayList<>())) {
            List<String> lines = new ArrayList<>();
            try (SweepState second = open(TinySweeps.tiny(), TIMEOUT, true, lines)) {
                assertTrue(lines.get(0).endsWith("(--break-lease)"), lines::toString);
                LeaseHeldException lost = assertThrows(LeaseHeldException.class, () -> first.lease().check());
                assertTrue(lost.getMessage().contains("lost its lease"), lost.getMessage());
                second.lease().check();
            }
        }
    }

    @Test
    void anEmptyFingerprintIsDamageNotAnotherSpec() throws IOException {
        Files.createDirectories(dir.resolve("_sweeps/tiny"));
        Files.writeString(dir.resolve("_sweeps/tiny/fingerprint"), "");
        List<String> lines = new ArrayList<>();
        open(TinySweeps.tiny(), TIMEOUT, false, lines).close();
        assertTrue(lines.get(0).contains("fingerprint") && lines.get(0).contains("is damaged (empty) and no batch is committed"), lines::toString);
        assertEquals(TinySweeps.tiny().spec().fingerprint() + "\n", Files.readString(dir.resolve("_sweeps/tiny/fingerprint")));

        Files.writeString(dir.resolve("_sweeps/tiny/fingerprint"), "0123");
        Files.createDirectories(dir.resolve("_sweeps/tiny/committed"));
        Files.writeString(dir.resolve("_sweeps/tiny/committed/00-05"), "");
        DamagedOutputException e = assertThrows(DamagedOutputException.class, () -> open(TinySweeps.tiny(), TIMEOUT, false, lines));
        assertTrue(e.getMessage().contains("is damaged (not a SHA-256) and batches are committed") && e.getMessage().contains("--overwrite"),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("_leases/tiny")), "a refused open gives the lease back");
    }

    private void plantLease(String host, long pid, Instant renewed) throws IOException {
        Files.createDirectories(dir.resolve("_leases"));
        Files.writeString(dir.resolve("_leases/tiny"), new ObjectMapper().createObjectNode().put("owner", "someone").put("host", host)
                .put("pid", pid).put("started", renewed.minusSeconds(600).toString()).put("renewed", renewed.toString())
                .put("token", "planted").toString());
    }
}
