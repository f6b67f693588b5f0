package org.landausweep.core.grid;

/**
 * The semi-discrete Landau operator du/dt = R(u) on the grid state u = (f - m)/sqrt(m), with the collision
 * coefficients frozen at one {@link CollisionCoefficients} (the solver makes them self-consistent).
 *
 * <p>Continuous form. Write f = m h. Since ∇f = m(∇h - v h), B = b + A v and a(z) z = 0, the flux of eq. (1)
 * is F = A∇f - b f = m (A∇h - B h), with A, B the convolutions of {@link CollisionCoefficients}. This is
 * why B, not b = div A, is what the solver computes: summed over the same corners as A it gives the
 * symmetric weak form below, hence exact conservation; the face-centred discretization of A∇f - b f with
 * b = div A from cell moments conserves energy only to O(Δ^2) and does not keep f = m at rest.
 *
 * <p>Discretization (conservative, on the corners). With y = h - 1 = u/sqrt(m), at every interior corner c
 * <pre>
 *   X_c = m(v_c) ( A(v_c) (Dy)_c - B(v_c) (1 + ȳ_c) ),      Q = -D^T X,      du_i/dt = R_i = Q_i / sqrt(m_i),
 * </pre>
 * D^T being the transpose of the corner gradient, so that Q is a discrete divergence of the flux X and
 * Σ_i φ_i Q_i = -Σ_c (Dφ)_c · X_c. Inserting A and B as sums over the same corners gives the symmetric
 * weak form
 * <pre>
 *   Σ_i φ_i Q_i Δ^d = -½ Σ_{c,c'} ((Dφ)_c - (Dφ)_{c'}) · a(v_c - v_{c'}) m_c m_{c'} [h_{c'} (Dh)_c - h_c (Dh)_{c'}] Δ^{2d},
 * </pre>
 * which vanishes for φ = 1, v_k and |v|^2 because D reproduces their gradients exactly and a(z) z = 0:
 * mass, momentum and energy are conserved exactly by the semi-discrete system, with no flux through the
 * boundary (no corner lies on it). And h = const has Dh = 0, so B = 0 and X = 0: f = m is an exact discrete
 * equilibrium, which keeps E(t) relatively accurate as it decays. The price of the corner gradient is a
 * null mode (the checkerboard (-1)^{Σ i_k} and, in d = 3, its products with functions of one index):
 * it carries no flux and keeps its initial content, which for smooth data is the aliasing error
 * exp(-π^2 σ^2/(2Δ^2)) of a component of variance σ^2.
 *
 * <p>Matrix. Per corner the 2^d x 2^d block on the cells c + β is
 * K_βγ = -s_β^T W s_γ + (s_β · V)/2^d with W = m_c A(v_c)/(4^{d-1} Δ^2), V = m_c B(v_c)/(2^{d-1} Δ), and the
 * constant part (the "1" of 1 + ȳ) is s_β · V; R(u) = J u + c with J_ij = K_ij/(sqrt(m_i) sqrt(m_j)),
 * c_i = const_i/sqrt(m_i). J is stored as a 3^d-point stencil per cell.
 */
final class FluxOperator {
    private final VelocityGrid grid;
    private final int stencilSize;
    /** J[r S + ω]: coefficient of cell r's neighbour at stencil offset ω. */
    private final double[] stencil;
    /** c, padded. */
    private final double[] constant;
    /** ω(β, γ), the stencil offset between two cells of one corner. */
    private final int[] blockOffset;
    // workspace
    private final double[] a;
    private final double[] b;
    private final double[] ws;
    private final StageMatrix stage;

    FluxOperator(VelocityGrid grid) {
        this.grid = grid;
        this.stencilSize = grid.stencilSize();
        this.stencil = new double[grid.cellCount() * stencilSize];
        this.constant = new double[grid.paddedLength];
        int corners = grid.cellsPerCorner();
        this.blockOffset = new int[corners * corners];
        for (int beta = 0; beta < corners; beta++) {
            for (int gamma = 0; gamma < corners; gamma++) {
                blockOffset[beta * corners + gamma] = grid.stencilIndex(beta, gamma);
            }
        }
        this.a = new double[grid.d * grid.d];
        this.b = new double[grid.d];
        this.ws = new double[corners * grid.d];
        this.stage = new StageMatrix();
    }

    /** Builds J and c for these coefficients. */
    void assemble(CollisionCoefficients coefficients) {
        int d = grid.d;
        int corners = grid.cellsPerCorner();
        double[] signs = grid.signs;
        java.util.Arrays.fill(stencil, 0);
        java.util.Arrays.fill(constant, 0);
        double wScale = 1 / (Math.pow(4, d - 1) * grid.spacing * grid.spacing);
        double vScale = 1 / (Math.pow(2, d - 1) * grid.spacing);
        for (int q = 0; q < grid.cornerCount(); q++) {
            int at = q * d;
            coefficients.matrixA(grid.cornerV, at, a);
            coefficients.vectorB(grid.cornerV, at, b);
            double mass = grid.cornerM[q];
            for (int gamma = 0; gamma < corners; gamma++) {
                for (int k = 0; k < d; k++) {
                    double sum = 0;
                    for (int l = 0; l < d; l++) {
                        sum += a[k * d + l] * signs[gamma * d + l];
                    }
                    ws[gamma * d + k] = mass * wScale * sum;
                }
            }
            int base = grid.cornerBase[q];
            for (int beta = 0; beta < corners; beta++) {
                double sv = 0;
                for (int k = 0; k < d; k++) {
                    sv += signs[beta * d + k] * b[k];
                }
                sv *= mass * vScale;
                int cell = base + grid.betaOffset[beta];
                constant[cell] += sv;
                int rowStart = grid.row[cell] * stencilSize;
                double drift = sv / corners;
                for (int gamma = 0; gamma < corners; gamma++) {
                    double diffusion = 0;
                    for (int k = 0; k < d; k++) {
                        diffusion += signs[beta * d + k] * ws[gamma * d + k];
                    }
                    stencil[rowStart + blockOffset[beta * corners + gamma]] += drift - diffusion;
                }
            }
        }
        for (int r = 0; r < grid.cellCount(); r++) {
            int p = grid.cells[r];
            double left = grid.invSqrtM[p];
            for (int w = 0; w < stencilSize; w++) {
                stencil[r * stencilSize + w] *= left * grid.invSqrtM[p + grid.stencilOffset[w]];
            }
            constant[p] *= left;
        }
    }

    /** out = J x + c = R(x) for the assembled coefficients. */
    void apply(double[] x, double[] out) {
        for (int r = 0; r < grid.cellCount(); r++) {
            int p = grid.cells[r];
            out[p] = row(r, p, x) + constant[p];
        }
    }

    /** c, the part of R independent of u (padded; read only). */
    double[] constant() {
        return constant;
    }

    /** The stage matrix I - κ J of the assembled coefficients, Jacobi-preconditioned (a view: valid until the next assemble). */
    LinearSystem stage(double kappa) {
        stage.kappa = kappa;
        int centre = stencilSize / 2;
        for (int r = 0; r < grid.cellCount(); r++) {
            stage.inverseDiagonal[grid.cells[r]] = 1 / (1 - kappa * stencil[r * stencilSize + centre]);
        }
        return stage;
    }

    private final class StageMatrix implements LinearSystem {
        private double kappa;
        private final double[] inverseDiagonal = new double[grid.paddedLength];

        @Override
        public void multiply(double[] x, double[] out) {
            for (int r = 0; r < grid.cellCount(); r++) {
                int p = grid.cells[r];
                out[p] = x[p] - kappa * row(r, p, x);
            }
        }

        @Override
        public void precondition(double[] r, double[] z) {
            for (int p : grid.cells) {
                z[p] = inverseDiagonal[p] * r[p];
            }
        }
    }

    private double row(int r, int p, double[] x) {
        int start = r * stencilSize;
        double sum = 0;
        for (int w = 0; w < stencilSize; w++) {
            sum += stencil[start + w] * x[p + grid.stencilOffset[w]];
        }
        return sum;
    }
}
