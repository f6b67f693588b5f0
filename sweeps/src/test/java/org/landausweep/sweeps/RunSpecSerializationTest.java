package org.landausweep.sweeps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landausweep.sweeps.Specs.parseYaml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RunSpecs are shipped to Spark executors by Java serialization. */
class RunSpecSerializationTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{name: m, seed: 3, runs: 2, d: 3, sampling: {anisotropy: [0, 0.5]}, solver: {times: [0, 1]},"
                    + " grid: {sampling.components: [2, [2, 4]]}}",
            "{name: b, seed: 3, runs: 2, d: 2, family: bkw, sampling: {K0: [0.6, 0.9]}, grid: {solver.nMax: [null, 30]}}"})
    void runSpecSurvivesJavaSerialization(String spec) throws IOException, ClassNotFoundException {
        SweepPlan plan = new SweepPlan(parseYaml(spec));
        RunSpec run = plan.run(plan.runCount() - 1);

        RunSpec copy = roundTrip(run);

        assertEquals(run, copy);
        assertEquals(run.parameters(), copy.parameters());
        assertEquals(run.solverSettings(), copy.solverSettings());
        assertEquals(run.cell().sampling(), copy.cell().sampling());
        assertEquals(run.draws(), copy.draws());
        assertArrayEquals(run.datum().secondMoments(), copy.datum().secondMoments());
    }

    private static RunSpec roundTrip(RunSpec run) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(run);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (RunSpec) in.readObject();
        }
    }
}
