package org.landausweep.jobs.compare;

import org.landausweep.jobs.SharedSpark;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landausweep.core.cli.Cli;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.core.io.DatumJson;
import org.landausweep.jobs.Landau;

/** {@code landau datum}: the JSON of a run's datum is the datum the sweep solved (same E(0) and P_in). */
class DatumCommandTest {

    @Test
    void datumOfARunIsTheDatumTheSweepSolved(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("cmp.yaml"), TinyOutput.CMP);
        Row run = SharedSpark.get().read().parquet(TinyOutput.root().resolve("runs").toString()).where("run_index = 7 AND sweep = 'cmp'").first();
        StringWriter out = new StringWriter();
        assertEquals(0, Cli.execute(new Landau(), new PrintWriter(out), new PrintWriter(new StringWriter()),
                "datum", spec.toString(), "--run", "7"));
        InitialDatum datum = DatumJson.parse(out.toString());
        assertEquals(run.<Double>getAs("e0_closed"), datum.e0Closed(), 1e-12 * datum.e0Closed());
        double[] pIn = run.<Double>getList(run.fieldIndex("p_in")).stream().mapToDouble(Double::doubleValue).toArray();
        assertArrayEquals(pIn, Arrays.stream(datum.secondMoments()).flatMapToDouble(Arrays::stream).toArray(), 1e-12);
    }

    @Test
    void theOutputAloneGivesTheSameDatumAsTheSweepFile(@TempDir Path dir) throws IOException {
        // cmp3 has a grid axis, whose field its canonical spec.json fills in with the default too
        Path spec = Files.writeString(dir.resolve("cmp3.yaml"), TinyOutput.CMP3);
        String root = TinyOutput.root().toString();
        String fromFile = datum(spec.toString(), "--run", "3");
        assertEquals(fromFile, datum(root + "/_sweeps/cmp3/spec.json", "--run", "3"));
        assertEquals(fromFile, datum(root, "--sweep", "cmp3", "--run", "3"));
    }

    private static String datum(String... args) {
        StringWriter out = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "datum";
        System.arraycopy(args, 0, all, 1, args.length);
        assertEquals(0, Cli.execute(new Landau(), new PrintWriter(out), new PrintWriter(new StringWriter()), all), String.join(" ", all));
        return out.toString();
    }

    @Test
    void aRunOutsideTheSweepIsBadInput(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("cmp.yaml"), TinyOutput.CMP);
        StringWriter err = new StringWriter();
        assertEquals(Cli.BAD_INPUT, Cli.execute(new Landau(), new PrintWriter(new StringWriter()), new PrintWriter(err),
                "datum", spec.toString(), "--run", "12"));
        assertEquals("error: --run = 12: must lie in [0, 12) for sweep cmp", err.toString().strip());
    }
}
