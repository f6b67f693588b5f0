package org.landausweep.core.certify;

/**
 * A certified rise of E: E(t2) > E(t1) for t1 < t2, so E' > 0 somewhere in (t1, t2).
 *
 * @param t1   start
 * @param t2   end
 * @param rise an interval containing E(t2) - E(t1), with a positive lower end
 */
public record Violation(double t1, double t2, Interval rise) {
}
