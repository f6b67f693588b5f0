import org.apache.spark.sql.SparkSession;
/**
 * The decay rates of a sweep's runs table, read against the fourfold rate 8(d-1): per (d, anisotropy band) over the
 * evidence runs (CERTIFIED or DECIDED), the smallest min_instantaneous_rate over 2(d-1) with its certified ends and the
 * runs where E' <= -8(d-1)E holds at every grid point or is disproved; the runs whose decay_rate_asymptotic exceeds
 * 5 x 2(d-1), with their E(0), horizon and floor; the runs with E(0) > 1e9 that do not; and the UNRESOLVED runs' E(0).
 * A single-file program: java -cp JAR:CLASSPATH bin/lib/RateTables.java OUTPUT
 */
public class RateTables {
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[1]").appName("rate-tables").config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        spark.read().parquet(args[0] + "/runs").createOrReplaceTempView("runs");
        spark.sql("""
            SELECT d, cell_parameters['sampling.anisotropy'] AS band, count(*) AS evidence,
              format_string('%.5f', min(min_instantaneous_rate / (2 * (d - 1)))) AS rmin, round(min(min_instantaneous_rate_lower / (2 * (d - 1))), 4) AS rmin_lo,
              format_string('%.5f', min(min_instantaneous_rate_upper / (2 * (d - 1)))) AS rmin_hi,
              count_if(min_instantaneous_rate_lower >= 8 * (d - 1)) AS grid_holds,
              count_if(min_instantaneous_rate_upper < 8 * (d - 1)) AS disproved,
              count_if(min_instantaneous_rate_lower IS NULL) AS no_lower,
              format_string('%.5f', min(decay_rate_asymptotic / (2 * (d - 1)))) AS rate_min, round(max(decay_rate_asymptotic / (2 * (d - 1))), 1) AS rate_max
            FROM runs WHERE status IN ('CERTIFIED', 'DECIDED') GROUP BY 1, 2 ORDER BY 1, 2""").show(100, false);
        spark.sql("""
            SELECT d, status, count(*) AS runs, format_string('%.2g', min(e0_closed)) AS e0_min, format_string('%.2g', max(e0_closed)) AS e0_max,
              format_string('%.3g', min(horizon)) AS t_min, format_string('%.3g', max(horizon)) AS t_max,
              format_string('%.2g', min(resolution_floor)) AS floor_min, format_string('%.2g', max(resolution_floor)) AS floor_max,
              round(min(decay_rate_asymptotic / (2 * (d - 1))), 2) AS ratio_min, round(max(decay_rate_asymptotic / (2 * (d - 1))), 1) AS ratio_max
            FROM runs WHERE decay_rate_asymptotic > 5 * 2 * (d - 1) GROUP BY 1, 2 ORDER BY 1, 2""").show(100, false);
        spark.sql("""
            SELECT d, count(*) AS runs, format_string('%.2g', max(e0_closed)) AS e0_max, format_string('%.3g', min(horizon)) AS t_min
            FROM runs WHERE status <> 'FAILED' AND decay_rate_asymptotic <= 5 * 2 * (d - 1) AND e0_closed > 1e9 GROUP BY 1 ORDER BY 1""").show(100, false);
        spark.sql("""
            SELECT d, cell_parameters['sampling.anisotropy'] AS band, count(*) AS unresolved,
              format_string('%.2g', min(e0_closed)) AS e0_min, format_string('%.2g', percentile(e0_closed, 0.5)) AS e0_p50,
              format_string('%.2g', max(e0_closed)) AS e0_max, count_if(violation_certified) AS rises
            FROM runs WHERE status = 'UNRESOLVED' GROUP BY 1, 2 ORDER BY 1, 2""").show(100, false);
        spark.sql("""
            SELECT d, format_string('%.2g', percentile(e0_closed, 0.99)) AS e0_p99_evidence, format_string('%.2g', max(e0_closed)) AS e0_max_evidence
            FROM runs WHERE status IN ('CERTIFIED', 'DECIDED') GROUP BY 1 ORDER BY 1""").show(100, false);
        spark.stop();
    }
}
