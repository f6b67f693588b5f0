package org.landausweep.core.evolution;

/** The outcome of one solve. */
public enum SolveStatus {
    /** Solved with the requested truncation tolerance. */
    OK,
    /** Solved at degree N_max, whose relative deficit E(0) - E_N(0) still exceeds tol: E_N is a lower bound. */
    TRUNCATION_NOT_MET,
    /** The solve failed numerically; the message says why. */
    FAILED
}
