package org.landausweep.sweeps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the tree of a sweep file into a {@link SweepSpec}, checking it whole: the top-level fields,
 * every grid axis and value, and every cell (each d with each combination of grid values) against
 * solver-core's rules. A specification that would fail anywhere fails here, before anything runs.
 */
final class SpecCompiler {
    /** Most cells a sweep may have: each is checked whole when the file is read. */
    static final int MAX_CELLS = 10_000;
    /**
     * Most runs a sweep may have: the driver plans its batches in memory and keeps one marker per batch
     * (ten million runs: 20,000 batches of 500).
     */
    static final long MAX_RUNS = 10_000_000L;

    private SpecCompiler() {
    }

    static SweepSpec compile(JsonNode tree) {
        if (!(tree instanceof ObjectNode root)) {
            throw new SweepSpecException(SweepSpecException.ROOT, tree, "wrong type: expected a mapping of fields");
        }
        SweepSpec own = asOwnCanonicalForm(root);
        return own != null ? own : compileStrictly(root);
    }

    /**
     * A specification's own canonical JSON (an output's {@code _sweeps/NAME/spec.json}) fills in the default
     * of every field, the grid's fields included, which a file may not give twice. Such a tree is read as the
     * specification it is the canonical form of: the tree without the grid's fields compiles to a
     * specification whose canonical JSON is exactly this tree. Null for any other tree.
     */
    private static SweepSpec asOwnCanonicalForm(ObjectNode root) {
        if (!(root.get("grid") instanceof ObjectNode grid) || grid.isEmpty()) {
            return null;
        }
        ObjectNode stripped = root.deepCopy();
        for (Iterator<String> keys = grid.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            int dot = key.indexOf('.');
            if (dot < 0 || !(stripped.get(key.substring(0, dot)) instanceof ObjectNode section)
                    || section.remove(key.substring(dot + 1)) == null) {
                return null;
            }
        }
        try {
            SweepSpec spec = compileStrictly(stripped);
            return SpecMapper.readTree(spec.canonicalJson(), SpecFormat.JSON).equals(root) ? spec : null;
        } catch (SweepSpecException e) {
            return null; // not a canonical form: the strict reading says what is wrong
        }
    }

    private static SweepSpec compileStrictly(ObjectNode root) {
        SpecDocument document = SpecMapper.bind(root).validate();
        List<GridAxis> axes = new ArrayList<>();
        document.grid().forEach((key, values) -> axes.add(GridAxis.of(root, key, values)));
        return new SweepSpec(document.canonical(axes), cells(root, document, axes));
    }

    /** The cells in order: d outermost, then the grid axes in file order, the last one fastest. */
    private static List<SweepCell> cells(ObjectNode root, SpecDocument document, List<GridAxis> axes) {
        // Counted before anything is expanded: a grid of many long axes must be refused, not built.
        long perDimension = 1;
        for (GridAxis axis : axes) {
            perDimension = Math.min(perDimension * axis.values().size(), MAX_CELLS + 1L);
        }
        long cellCount = perDimension * document.d().size();
        if (cellCount > MAX_CELLS) {
            throw new SweepSpecException("grid", "more than " + MAX_CELLS + " cells",
                    "at most " + MAX_CELLS + " cells (d values times grid combinations) per sweep");
        }
        long runCount = cellCount * document.runs();
        if (runCount > MAX_RUNS) {
            throw new SweepSpecException("runs", document.runs(), "the sweep would have " + runCount + " runs (" + cellCount
                    + " cells x " + document.runs() + "), more than the " + MAX_RUNS + " a sweep may have; split it into several sweeps");
        }
        List<SweepCell> cells = new ArrayList<>();
        for (int d : document.d()) {
            for (int combination = 0; combination < (int) perDimension; combination++) {
                cells.add(cell(cells.size(), d, document, root, axes, choice(combination, axes)));
            }
        }
        return List.copyOf(cells);
    }

    /** The value index on each axis in a combination, counting with the last axis fastest. */
    private static int[] choice(int combination, List<GridAxis> axes) {
        int[] choice = new int[axes.size()];
        int rest = combination;
        for (int a = axes.size() - 1; a >= 0; a--) {
            int size = axes.get(a).values().size();
            choice[a] = rest % size;
            rest /= size;
        }
        return choice;
    }

    /** The cell of dimension d taking value {@code choice[a]} on axis a; its errors name the grid value they come from. */
    private static SweepCell cell(int index, int d, SpecDocument spec, ObjectNode root, List<GridAxis> axes, int[] choice) {
        ObjectNode tree = root.deepCopy();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int a = 0; a < axes.size(); a++) {
            JsonNode value = axes.get(a).values().get(choice[a]);
            axes.get(a).setIn(tree, value);
            parameters.put(axes.get(a).key(), value.toString());
        }
        SpecDocument document = SpecMapper.bind(tree);
        try {
            return new SweepCell(index, d, spec.family(), parameters, document.sampling().resolve(spec.family(), d),
                    document.solver().resolve(d, spec.d()));
        } catch (SweepSpecException e) {
            String field = e.field();
            for (int a = 0; a < axes.size(); a++) {
                field = axes.get(a).locate(field, choice[a]);
            }
            throw e.relocated(field);
        }
    }
}
