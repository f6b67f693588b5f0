package org.landausweep.sweeps;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A sweep file as Jackson binds it: every field as written, null when absent; the sections and the
 * family are defaulted on construction, the grid values are left unbound (see {@link GridAxis}).
 *
 * @param name     sweep name, a Parquet partition value
 * @param seed     sweep seed
 * @param runs     random runs per grid cell
 * @param d        velocity dimensions, outermost axis of the cells; one int or a list
 * @param family   family of initial data
 * @param sampling the sampling section
 * @param solver   the solver section
 * @param grid     grid axes by dotted field path, in file order
 */
record SpecDocument(String name, Long seed, Integer runs,
                    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                    @JsonSetter(contentNulls = Nulls.FAIL) List<Integer> d,
                    FamilySampler family, SamplingSection sampling, SolverSection solver,
                    Map<String, List<JsonNode>> grid) {

    /** Largest dimension a sweep may ask for: the solver's operator cache grows like N^(2d-1). */
    static final int MAX_D = org.landausweep.core.evolution.SolverSettings.MAX_D;

    /**
     * Longest sweep name. It is a path component ({@code sweep=NAME}, {@code batch-…} under it) and the prefix of
     * every run id; file systems take 255 bytes per component, and 100 leaves room for the rest.
     */
    static final int MAX_NAME = 100;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    SpecDocument {
        family = Objects.requireNonNullElse(family, FamilySamplers.defaultFamily());
        sampling = Objects.requireNonNullElse(sampling, SamplingSection.EMPTY);
        solver = Objects.requireNonNullElse(solver, SolverSection.EMPTY);
        grid = grid == null ? Map.of() : grid;
    }

    /** Checks the top-level fields: the required ones are present, the name usable and the dimensions admissible. */
    SpecDocument validate() {
        validateName(name);
        if (seed == null) {
            throw SweepSpecException.missing("seed");
        }
        if (runs == null) {
            throw SweepSpecException.missing("runs");
        }
        if (runs < 1) {
            throw new SweepSpecException("runs", runs, "must be at least 1");
        }
        validateDimensions(d);
        return this;
    }

    /** Checks a sweep's or a search's name: present, usable as a partition value and a path component. */
    static void validateName(String name) {
        if (name == null) {
            throw SweepSpecException.missing("name");
        }
        if (!NAME.matcher(name).matches()) {
            throw new SweepSpecException("name", name, "must match " + NAME + ": it is used as a Parquet partition value");
        }
        if (name.length() > MAX_NAME) {
            throw new SweepSpecException("name", name.substring(0, 20) + "… (" + name.length() + " characters)",
                    "must be at most " + MAX_NAME + " characters: it is part of path components, which file systems limit to 255 bytes");
        }
    }

    /** Checks a list of dimensions under field {@code d}: present, non-empty, each admissible and listed once. */
    static void validateDimensions(List<Integer> d) {
        if (d == null) {
            throw SweepSpecException.missing("d");
        }
        if (d.isEmpty()) {
            throw new SweepSpecException("d", d, "must name at least one dimension");
        }
        for (int i = 0; i < d.size(); i++) {
            int di = d.get(i);
            if (di < 2 || di > MAX_D) {
                throw new SweepSpecException("d[" + i + "]", di, "must lie in [2, " + MAX_D
                        + "]: velocity space has at least 2 dimensions, and the solver's cost grows like N^(2d-1)");
            }
            if (d.subList(0, i).contains(di)) {
                throw new SweepSpecException("d[" + i + "]", di, "is listed twice");
            }
        }
    }

    /**
     * The document with every default filled in and the grid values in canonical form: what the
     * fingerprint of the sweep is taken of.
     */
    SpecDocument canonical(List<GridAxis> axes) {
        Map<String, List<JsonNode>> canonicalGrid = new LinkedHashMap<>();
        axes.forEach(axis -> canonicalGrid.put(axis.key(), axis.values()));
        return new SpecDocument(name, seed, runs, d, family, sampling.withDefaults(family), solver.withDefaults(),
                canonicalGrid);
    }
}
