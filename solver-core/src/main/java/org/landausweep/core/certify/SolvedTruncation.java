package org.landausweep.core.certify;

import java.util.List;
import org.landausweep.core.diagnostics.Samples;
import org.landausweep.core.evolution.EnergySeries;
import org.landausweep.core.evolution.ModalExpansion;

/**
 * A solve's own exact truncated solution, handed to the certificate so that it does not rebuild the same one:
 * the blocks a_0(0), ..., a_N(0) of the datum in its principal frame, the exponential-sum solution of the
 * hierarchy truncated at N and its E_N(t) series. The certificate reads these blocks before its own coefficient
 * stream and uses the expansion when it certifies at the same N; its numbers are then those it would compute
 * itself, since the same datum, frame and blocks give the same expansion.
 *
 * @param q            λ_i^in - 1 of the frame the blocks are in (checked against the certificate's frame)
 * @param coefficients a_0, ..., a_N
 * @param expansion    {@code ModalExpansion.build(d, coefficients, q, E(0))}
 * @param energy       {@code expansion.energySeries(E(0))}
 * @param samples      E_N and E_N' that {@code energy} gave at the solve's sample times (the enclosure is read there: not
 *                     evaluated twice)
 */
public record SolvedTruncation(double[] q, List<double[]> coefficients, ModalExpansion expansion, EnergySeries energy, Samples samples) {

    /** N. */
    int degree() {
        return coefficients.size() - 1;
    }
}
