package org.landausweep.core.grid;

import org.landausweep.core.data.InvalidInputException;

/**
 * What a grid solve computes and how accurately.
 *
 * @param cells     cells per dimension n (the grid has n^d cells of width Δ = 2L/n); the spatial error
 *                  falls like Δ^2
 * @param tail      the cube [-L, L]^d is chosen so that f^2/m and m fall below this fraction of their
 *                  peaks on its boundary ({@link DomainRule})
 * @param tolerance relative local time error per step, in the norm whose square is E
 */
public record GridSettings(int cells, double tail, double tolerance) {
    /** Default tail fraction. */
    public static final double DEFAULT_TAIL = 1e-12;
    /** Default relative local time error. */
    public static final double DEFAULT_TOLERANCE = 1e-5;

    /** Defaults for dimension d: 96 cells per dimension in d = 2, 32 in d = 3; tail 1e-12; tolerance 1e-5. */
    public static GridSettings defaults(int d) {
        return new GridSettings(d == 2 ? 96 : 32, DEFAULT_TAIL, DEFAULT_TOLERANCE);
    }

    public GridSettings withCells(int newCells) {
        return new GridSettings(newCells, tail, tolerance);
    }

    public GridSettings withTolerance(double newTolerance) {
        return new GridSettings(cells, tail, newTolerance);
    }

    /** Checks every field; throws {@link InvalidInputException} naming the first bad one. */
    public GridSettings validate() {
        InvalidInputException.require(cells >= 8 && cells <= 1024, "grid", cells, "cells per dimension must lie in [8, 1024]");
        InvalidInputException.require(tail >= 1e-30 && tail <= 1e-4, "tail", tail, "must lie in [1e-30, 1e-4]");
        InvalidInputException.require(tolerance >= 1e-10 && tolerance <= 1e-2, "tolerance", tolerance, "must lie in [1e-10, 1e-2]");
        return this;
    }
}
