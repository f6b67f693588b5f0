import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.landausweep.core.data.GaussianMixture;
import org.landausweep.core.data.MixtureSamplingSpec.VarianceBounds;
import org.landausweep.sweeps.RunSpec;
import org.landausweep.sweeps.SweepPlan;
import org.landausweep.sweeps.SweepSpec;

/**
 * Per (d, anisotropy band) of a sweep run without the componentVariance knob: how many of its runs the knob
 * [MIN, MAX] would have admitted (every eigenvalue of every normalized component covariance in [MIN, MAX]), and
 * their counts by status. Issue 10 asks that every such run be CERTIFIED or DECIDED. Each run's mixture is drawn
 * again from (seed, run index), as the sweep drew it, so nothing is read from the tables but the statuses.
 * java -cp JAR:CLASSPATH bin/lib/KnobSet.java SPEC OUTPUT [MIN MAX]   (default [0.1, 1.9])
 */
public class KnobSet {
    public static void main(String[] args) throws Exception {
        SweepSpec spec = SweepSpec.read(Path.of(args[0]));
        VarianceBounds knob = new VarianceBounds(args.length > 2 ? Double.parseDouble(args[2]) : 0.1,
                args.length > 3 ? Double.parseDouble(args[3]) : 1.9);
        SweepPlan plan = new SweepPlan(spec);
        List<Row> admitted = new ArrayList<>();
        for (long k = 0; k < plan.runCount(); k++) {
            RunSpec run = plan.run(k);
            try {
                if (run.family().datum(run) instanceof GaussianMixture mixture && knob.contain(mixture)) {
                    admitted.add(RowFactory.create(k));
                }
            } catch (RuntimeException e) {
                // a draw that fails fails in the sweep too (a FAILED row), and is no datum of the knob's set
            }
        }
        SparkSession spark = SparkSession.builder().master("local[1]").appName("knob-set").config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        spark.read().parquet(args[1] + "/runs").createOrReplaceTempView("runs");
        spark.createDataFrame(admitted, new StructType().add("run_index", DataTypes.LongType)).createOrReplaceTempView("knob");
        System.out.println("sweep " + spec.name() + ": " + admitted.size() + " of " + plan.runCount() + " runs have every normalized"
                + " component variance in " + knob);
        spark.sql("""
                SELECT d, cell_parameters['sampling.anisotropy'] AS band, count(*) AS runs, count(knob.run_index) AS in_knob,
                  count_if(knob.run_index IS NOT NULL AND status = 'CERTIFIED') AS in_knob_certified,
                  count_if(knob.run_index IS NOT NULL AND status = 'DECIDED') AS in_knob_decided,
                  count_if(knob.run_index IS NOT NULL AND status IN ('UNRESOLVED', 'FAILED')) AS in_knob_open
                FROM runs LEFT JOIN knob USING (run_index) WHERE sweep = '%s'
                GROUP BY 1, 2 ORDER BY 1, 2""".formatted(spec.name())).show(100, false);
        spark.sql("""
                SELECT d, run_index, run_id, status, message FROM runs JOIN knob USING (run_index)
                WHERE sweep = '%s' AND status IN ('UNRESOLVED', 'FAILED') ORDER BY run_index""".formatted(spec.name())).show(100, false);
        spark.stop();
    }
}
