package org.landausweep.sweeps;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Sweep specifications written inline, for tests. */
final class Specs {
    private Specs() {
    }

    /** The lines joined into one YAML document. */
    static String yaml(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** Parses YAML lines. */
    static SweepSpec parseYaml(String... lines) {
        return SweepSpec.parse(yaml(lines), SpecFormat.YAML);
    }

    /** The error that parsing YAML lines ends in. */
    static SweepSpecException rejectYaml(String... lines) {
        return assertThrows(SweepSpecException.class, () -> parseYaml(lines));
    }

    /** The lines of a valid minimal sweep (2 runs in d = 2) followed by {@code more}. */
    static String[] minimalWith(String... more) {
        String[] lines = new String[4 + more.length];
        lines[0] = "name: t";
        lines[1] = "seed: 7";
        lines[2] = "runs: 2";
        lines[3] = "d: 2";
        System.arraycopy(more, 0, lines, 4, more.length);
        return lines;
    }
}
