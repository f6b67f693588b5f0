package org.landausweep.sweeps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A validated sweep specification: its identity (name, seed, fingerprint) and its cells. Reading one
 * checks the whole file, every cell included, so a specification that exists can be run; a bad one
 * fails with a {@link SweepSpecException}. Expand it into runs with {@link SweepPlan}.
 *
 * <p>Two specifications are equal when their canonical JSON is: the file with every default filled
 * in, fields in a fixed order and numbers in one form. Layout, comments, key order and YAML versus
 * JSON do not matter; any value does, and so does the order of the grid axes and of their values,
 * which fixes the order of the runs.
 */
public final class SweepSpec {
    /** Largest sweep file, in characters (and bytes, for readers that check before reading). */
    public static final int MAX_DOCUMENT_CHARS = SpecMapper.MAX_DOCUMENT_CHARS;

    private final String name;
    private final long seed;
    private final int runsPerCell;
    private final FamilySampler family;
    private final List<SweepCell> cells;
    private final String canonicalJson;
    private final String fingerprint;

    SweepSpec(SpecDocument canonical, List<SweepCell> cells) {
        this.name = canonical.name();
        this.seed = canonical.seed();
        this.runsPerCell = canonical.runs();
        this.family = canonical.family();
        this.cells = List.copyOf(cells);
        this.canonicalJson = SpecMapper.canonicalJson(canonical);
        this.fingerprint = Fingerprint.of(SpecMapper.toTree(canonical));
    }

    /** Reads and validates a sweep file, YAML or JSON by its extension ({@link SpecFormat#of(Path)}). */
    public static SweepSpec read(Path file) throws IOException {
        SpecFormat format = SpecFormat.of(file);
        return parse(Files.readString(file), format);
    }

    /** Parses and validates a sweep specification written in {@code format}. */
    public static SweepSpec parse(String text, SpecFormat format) {
        return SpecCompiler.compile(SpecMapper.readTree(text, format));
    }

    /** The sweep's name, a Parquet partition value. */
    public String name() {
        return name;
    }

    /** The sweep's seed, from which every run's randomness derives. */
    public long seed() {
        return seed;
    }

    /** Random runs in each cell. */
    public int runsPerCell() {
        return runsPerCell;
    }

    /** Family of the initial data. */
    public FamilySampler family() {
        return family;
    }

    /** The cells in run order: d outermost, then the grid axes in file order, the last one fastest. */
    public List<SweepCell> cells() {
        return cells;
    }

    /** The specification with every default filled in, as compact JSON with fields in a fixed order. */
    public String canonicalJson() {
        return canonicalJson;
    }

    /**
     * SHA-256 of {@link #canonicalJson()} in lower-case hex, less the fields added to the format later that
     * hold their old behaviour ({@link Fingerprint}): tells outputs of different specifications apart, and
     * survives upgrades of the format.
     */
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepSpec other && canonicalJson.equals(other.canonicalJson);
    }

    @Override
    public int hashCode() {
        return canonicalJson.hashCode();
    }

    @Override
    public String toString() {
        return "SweepSpec[" + name + ", " + cells.size() + " cells x " + runsPerCell + " runs, " + fingerprint + "]";
    }
}
