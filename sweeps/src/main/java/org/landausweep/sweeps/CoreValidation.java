package org.landausweep.sweeps;

import java.util.function.UnaryOperator;
import org.landausweep.core.data.InvalidInputException;

/** Runs solver-core's own checks on the values of a cell and reports a failure on the sweep file's field. */
final class CoreValidation {
    private CoreValidation() {
    }

    /**
     * Runs {@code check}; an {@link InvalidInputException} it throws becomes a {@link SweepSpecException}
     * on {@code specPath.apply(coreField)}, keeping solver-core's message (which shows the value).
     */
    static void run(Runnable check, int d, UnaryOperator<String> specPath) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            throw new SweepSpecException(specPath.apply(e.field()),
                    "rejected by the solver for d = " + d + ": " + e.getMessage(), e);
        }
    }
}
