package org.landausweep.jobs;

/**
 * A range of consecutive runs of one dimension that is solved, written and committed together.
 * Its id, {@code <first>-<last>} run index zero-padded to the width of the sweep's run ids, names its
 * table files ({@code part-<id>.parquet}) and its commit marker, so it also says which runs they hold.
 *
 * @param id       {@code <first>-<last>}, e.g. {@code 0500-0999}
 * @param d        dimension of every run of the batch
 * @param firstRun index of the first run
 * @param endRun   index after the last run
 */
public record Batch(String id, int d, long firstRun, long endRun) {

    /** The batch of runs [firstRun, endRun) of dimension d, its id padded to {@code digits} digits. */
    public static Batch of(int d, long firstRun, long endRun, int digits) {
        if (endRun <= firstRun) {
            throw new IllegalArgumentException("empty batch [" + firstRun + ", " + endRun + ")");
        }
        String format = "%0" + digits + "d";
        return new Batch(String.format(format + "-" + format, firstRun, endRun - 1), d, firstRun, endRun);
    }

    /** Number of runs. */
    public long size() {
        return endRun - firstRun;
    }

    /** The runs [first, end) a batch id names, or null when {@code id} is not a batch id. */
    public static long[] runsOf(String id) {
        int dash = id.indexOf('-');
        if (dash <= 0 || !id.chars().allMatch(c -> c == '-' || Character.isDigit(c)) || id.indexOf('-', dash + 1) >= 0) {
            return null;
        }
        long first = Long.parseLong(id.substring(0, dash));
        long last = Long.parseLong(id.substring(dash + 1));
        return last < first ? null : new long[] {first, last + 1};
    }
}
