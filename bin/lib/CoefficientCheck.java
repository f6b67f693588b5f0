import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.landausweep.core.data.InitialDatum;
import org.landausweep.jobs.SpecFiles;
import org.landausweep.sweeps.SweepPlan;

/**
 * The Hermite coefficients of a sweep's data at high degree against the pair series (docs/CERTIFICATION.md §6a): for runs
 * FROM, FROM + STEP, ... below TO, each datum in its principal frame (where the solver reads it), the largest difference
 * of E_n(0) summed from the coefficients and from {@code degreeEnergies}, relative to E(0), n up to 600 in d = 2 and 200 in d = 3,
 * and whether the stream stopped (its own check). Prints a line per run that differs by more than 1e-12 or stopped, then
 * the counts per d:
 * java -cp JAR:CLASSPATH bin/lib/CoefficientCheck.java SPEC FROM TO STEP
 */
public class CoefficientCheck {
    public static void main(String[] args) throws Exception {
        SweepPlan plan = new SweepPlan(SpecFiles.read(new Path(args[0]), new Configuration()).spec());
        long from = Long.parseLong(args[1]), to = Long.parseLong(args[2]), step = Long.parseLong(args[3]);
        long[] runs = new long[4], flagged = new long[4];
        double[] worst = new double[4];
        for (long r = from; r < Math.min(to, plan.runCount()); r += step) {
            InitialDatum datum = plan.run(r).datum();
            int d = datum.d();
            EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(datum.secondMoments()));
            InitialDatum frame = datum.rotated(eig.getVT().getData());
            int top = d == 2 ? 600 : 200;
            var pairs = frame.degreeEnergies(top);
            InitialDatum.CoefficientStream stream = frame.coefficients();
            double summed = 0, paired = 0, deviation = 0, e0 = frame.e0Closed();
            String stopped = null;
            for (int n = 0; n <= top; n++) {
                double e = pairs.nextDouble();
                double[] a;
                try {
                    a = stream.next();
                } catch (IllegalStateException ex) {
                    stopped = ex.getMessage();
                    break;
                }
                for (int k = 0; n > 0 && k < a.length; k++) {
                    summed += a[k] * a[k];
                }
                paired += n > 0 ? e : 0;
                deviation = Math.max(deviation, Math.abs(summed - paired) / e0);
            }
            runs[d]++;
            worst[d] = Math.max(worst[d], deviation);
            if (stopped != null || deviation > 1e-12) {
                flagged[d]++;
                System.out.printf("run %d (d = %d): E_n(0) off by %.1e E(0)%s%n", r, d, deviation, stopped == null ? "" : "; stopped: " + stopped);
            }
        }
        for (int d = 2; d <= 3; d++) {
            System.out.printf("d = %d: %d runs, %d off by more than 1e-12 or stopped, largest difference %.1e E(0)%n", d, runs[d], flagged[d], worst[d]);
        }
    }
}
