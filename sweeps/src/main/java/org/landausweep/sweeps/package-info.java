/**
 * Sweep specifications: reading them from YAML or JSON, validating them whole, and expanding them into
 * deterministic runs. No Spark here.
 *
 * <p>{@link org.landausweep.sweeps.SweepSpec#read(java.nio.file.Path)} reads and checks a sweep file,
 * or throws a {@link org.landausweep.sweeps.SweepSpecException} naming the field; a
 * {@link org.landausweep.sweeps.SweepPlan} numbers its runs; each {@link org.landausweep.sweeps.RunSpec}
 * builds its initial datum and solver settings. The file format is described in the module's README.
 */
package org.landausweep.sweeps;
