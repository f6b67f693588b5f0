package org.landausweep.jobs;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A driver that only claims a sweep, for {@link SweepLeaseTest}'s race between processes: waits for the
 * file {@code GO} to appear, opens the tiny sweep (seed {@code SEED}) in {@code OUTPUT}, prints
 * {@code won FINGERPRINT} or {@code refused MESSAGE}, holds the state two seconds and closes it.
 * Usage: {@code LeaseClaimMain OUTPUT SEED GO}.
 */
public final class LeaseClaimMain {
    private LeaseClaimMain() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        SweepSource source = SweepSource.parse(TinySweeps.YAML.replace("seed: 7", "seed: " + args[1]), org.landausweep.sweeps.SpecFormat.YAML);
        Path go = Path.of(args[2]);
        while (!Files.exists(go)) {
            Thread.onSpinWait();
        }
        try (SweepState state = SweepState.open(TinySweeps.layout(output, source), source, false)) {
            System.out.println("won " + state.spec().fingerprint());
            Thread.sleep(2000);
        } catch (LeaseHeldException e) {
            System.out.println("refused " + e.getMessage());
        }
    }
}
