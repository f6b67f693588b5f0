import org.apache.spark.sql.SparkSession;

/**
 * Per (d, anisotropy band) of a sweep's runs table: runs, the solver's summed wall time, p50 and p99 of
 * the per-run cost, the counts by status, and the median largest relative enclosure width of the runs not
 * CERTIFIED. Run by bin/theorem1-tenth as a single-file program:
 * java -cp JAR:CLASSPATH bin/lib/BandCosts.java OUTPUT
 */
public class BandCosts {
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[1]").appName("band-costs").config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        spark.read().parquet(args[0] + "/runs").createOrReplaceTempView("runs");
        spark.sql("""
                SELECT d, cell_parameters['sampling.anisotropy'] AS band, count(*) AS runs,
                  round(sum(wall_seconds), 1) AS solve_seconds,
                  round(percentile(wall_seconds, 0.5), 3) AS p50_s, round(percentile(wall_seconds, 0.99), 3) AS p99_s,
                  count_if(status = 'CERTIFIED') AS certified, count_if(status = 'DECIDED') AS decided,
                  count_if(status = 'UNRESOLVED') AS unresolved, count_if(status = 'FAILED') AS failed,
                  count_if(violation_certified) AS certified_rise, count_if(NOT bound_holds_certified) AS bound_not_proved,
                  round(percentile(certified_degree, 0.5)) AS n_p50, max(certified_degree) AS n_max,
                  format_string('%.1e', percentile(CASE WHEN status <> 'CERTIFIED' THEN enclosure_max_rel_width END, 0.5)) AS width_p50_not_certified
                FROM runs GROUP BY 1, 2 ORDER BY 1, 2""").show(100, false);
        spark.stop();
    }
}
