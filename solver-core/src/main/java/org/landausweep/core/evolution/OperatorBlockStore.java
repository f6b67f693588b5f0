package org.landausweep.core.evolution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32C;
import org.ejml.EjmlVersion;
import org.landausweep.core.hermite.MultiIndices;
import org.landausweep.core.numerics.SecondMoments;

/**
 * A directory of {@link ClassBlock}s on the local disk, one file per (d, degree n, reflection class c),
 * written by the first JVM of a machine that builds a block and read by every later one: an executor
 * then has its operators in the time it takes to read them instead of the time to diagonalize them.
 *
 * <p>Files live under {@code DIR/CODE/d<d>/n<n>-c<c>.block}, where CODE is {@link #codeVersion()}: a hash
 * of everything that decides the assembler's output (the format version, the bytes of the classes that
 * compute a block, the EJML jar, the JVM and the architecture), so that a new build never reads the blocks
 * of an old one. A file is written to a temporary name and renamed into place, so a concurrent JVM sees
 * either no file or a whole one. Each file repeats its key (code version, d, n, c) and ends with the
 * CRC-32C of its bytes; a file that is short, damaged or of another key is ignored (and overwritten by
 * the rebuilt block), never served. Doubles are stored as their raw bits: a loaded block is bit-identical
 * to the built one.
 *
 * <p>The directory is the system property {@value #DIR_PROPERTY}, else the environment variable
 * {@value #DIR_ENV} (an executor inherits its worker's environment, not the driver's properties), else
 * {@code $XDG_CACHE_HOME/landau-sweep/operator-blocks} ({@code ~/.cache} when unset): a per-user cache that
 * survives reboots, shared by every JVM of the machine, and outside the sweep's output, which may be
 * on a shared file system. The value {@value #OFF} turns the store off.
 */
public final class OperatorBlockStore {
    /** System property naming the directory, or {@value #OFF}. */
    public static final String DIR_PROPERTY = "landau.operatorCache.dir";
    /** Environment variable read when the property is unset. */
    public static final String DIR_ENV = "LANDAU_OPERATOR_CACHE_DIR";
    /** The value that turns the store off. */
    public static final String OFF = "off";

    /** Bump when the file layout changes. */
    private static final int FORMAT = 1;
    private static final int MAGIC = 0x4c4f4231; // "LOB1"
    /** The classes whose code decides a block's bits; a change to any of them changes the code version. */
    private static final Class<?>[] ASSEMBLY = {ClassBlockAssembler.class, ClassBlock.class, SparseRows.class,
            MultiIndices.class, MultiIndices.Degree.class, SecondMoments.class, OperatorBlockStore.class};
    private static final byte[] CODE = codeHash();

    private final Path dir;

    private OperatorBlockStore(Path dir) {
        this.dir = dir;
    }

    /** A store under {@code root} (its code-version subdirectory is added). */
    static OperatorBlockStore at(Path root) {
        return new OperatorBlockStore(root.resolve(codeVersion()));
    }

    /** No store: every block is built. */
    static OperatorBlockStore off() {
        return new OperatorBlockStore(null);
    }

    /** The store the settings name ({@value #DIR_PROPERTY}, {@value #DIR_ENV}, the default). */
    public static OperatorBlockStore configured() {
        String setting = System.getProperty(DIR_PROPERTY);
        if (setting == null || setting.isBlank()) {
            setting = System.getenv(DIR_ENV);
        }
        if (setting != null && setting.strip().equals(OFF)) {
            return off();
        }
        if (setting != null && !setting.isBlank()) {
            return at(Path.of(setting.strip()));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return at(cache.resolve("landau-sweep").resolve("operator-blocks"));
    }

    /** The first 16 hex digits of the code hash: the name of this build's subdirectory. */
    public static String codeVersion() {
        return HexFormat.of().formatHex(CODE, 0, 8);
    }

    /** The directory of this build's blocks, or null when the store is off. */
    public Path directory() {
        return dir;
    }

    Path file(int d, int n, int c) {
        return dir.resolve("d" + d).resolve(String.format("n%03d-c%d.block", n, c));
    }

    /** Block (n, c) of dimension d as stored, or null when there is no store, no file, or no valid file. */
    ClassBlock load(int d, int n, int c) {
        if (dir == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file(d, n, c));
        } catch (IOException e) {
            return null; // absent or unreadable: built instead
        }
        try {
            return decode(bytes, d, n, c);
        } catch (RuntimeException e) { // truncated arrays, negative sizes: a damaged file
            return null;
        }
    }

    /** Stores {@code block}; an I/O failure (read-only home, full disk) only costs the next JVM a rebuild. */
    void save(int d, ClassBlock block) {
        if (dir == null) {
            return;
        }
        Path target = file(d, block.degree, block.reflectionClass);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            Files.write(temp, encode(d, block));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
        }
    }

    static byte[] encode(int d, ClassBlock b) {
        int s = b.size();
        long length = 4L * 6 + CODE.length + 4L * s * 2 + 8L * b.basis.length + 4 + 8;
        if (b.coupling != null) {
            for (SparseRows r : b.coupling) {
                length += 4L * 2 + 4L * r.start.length + 4L * r.column.length + 8L * r.value.length;
            }
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(length));
        out.putInt(MAGIC).putInt(FORMAT).put(CODE).putInt(d).putInt(b.degree).putInt(b.reflectionClass).putInt(s);
        putInts(out, b.hermite);
        putInts(out, b.eigenvalue);
        putDoubles(out, b.basis);
        out.putInt(b.coupling == null ? -1 : b.coupling.length);
        if (b.coupling != null) {
            for (SparseRows r : b.coupling) {
                out.putInt(r.rows).putInt(r.value.length);
                putInts(out, r.start);
                putInts(out, r.column);
                putDoubles(out, r.value);
            }
        }
        out.putLong(crc(out.array(), out.position()));
        return out.array();
    }

    /** The block in {@code bytes} if they are whole and of key (this code, d, n, c); null otherwise. */
    static ClassBlock decode(byte[] bytes, int d, int n, int c) {
        if (bytes.length < 8 || ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong() != crc(bytes, bytes.length - 8)) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - 8);
        if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
            return null;
        }
        byte[] code = new byte[CODE.length];
        in.get(code);
        if (!Arrays.equals(code, CODE) || in.getInt() != d || in.getInt() != n || in.getInt() != c) {
            return null; // another build's block, or a file copied under another name
        }
        int s = in.getInt();
        int[] hermite = getInts(in, s);
        int[] eigenvalue = getInts(in, s);
        double[] basis = getDoubles(in, Math.multiplyExact(s, s));
        int axes = in.getInt();
        SparseRows[] coupling = null;
        if (axes >= 0) {
            coupling = new SparseRows[axes];
            for (int i = 0; i < axes; i++) {
                int rows = in.getInt();
                int nonzero = in.getInt();
                int[] start = getInts(in, rows + 1);
                coupling[i] = new SparseRows(rows, start, getInts(in, nonzero), getDoubles(in, nonzero));
            }
        }
        return in.hasRemaining() ? null : new ClassBlock(n, c, hermite, basis, eigenvalue, coupling);
    }

    private static void putInts(ByteBuffer out, int[] a) {
        out.asIntBuffer().put(a);
        out.position(out.position() + 4 * a.length);
    }

    private static void putDoubles(ByteBuffer out, double[] a) {
        out.asDoubleBuffer().put(a); // raw bits, NaN payloads and -0.0 included
        out.position(out.position() + 8 * a.length);
    }

    private static int[] getInts(ByteBuffer in, int count) {
        int[] a = new int[count];
        in.asIntBuffer().get(a);
        in.position(in.position() + 4 * count);
        return a;
    }

    private static double[] getDoubles(ByteBuffer in, int count) {
        double[] a = new double[count];
        in.asDoubleBuffer().get(a);
        in.position(in.position() + 8 * count);
        return a;
    }

    /** CRC-32C of the first {@code length} bytes: catches a torn or flipped file at disk speed (not an adversary). */
    private static long crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    private static byte[] codeHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("format " + FORMAT).getBytes(StandardCharsets.UTF_8));
            for (Class<?> k : ASSEMBLY) {
                String resource = k.getName().substring(k.getName().lastIndexOf('.') + 1) + ".class";
                try (InputStream in = k.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("cannot read the class file of " + k.getName() + " to version the operator cache");
                    }
                    sha.update(in.readAllBytes());
                }
            }
            // EJML's eigensolver and the JVM's arithmetic library decide the last bits too. EJML by its own
            // version, not its jar's name: executors load it from the shaded jar, the driver and tests from Maven's.
            String environment = "ejml " + EjmlVersion.VERSION + " " + EjmlVersion.GIT_SHA + " " + System.getProperty("java.vm.version")
                    + " " + System.getProperty("os.arch");
            sha.update(environment.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the class files that version the operator cache", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray temporary file is harmless: it is never read
        }
    }
}
