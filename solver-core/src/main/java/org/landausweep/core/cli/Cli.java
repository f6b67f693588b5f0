package org.landausweep.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.landausweep.core.data.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Runs a picocli command with the product's exit codes, each failure one line on stderr:
 * <ul>
 * <li>0 success;</li>
 * <li>1 failure (a bug, or an error no other code covers);</li>
 * <li>2 bad input: an invalid file or option, a usage error (with a hint to {@code --help}), an output
 *     held by another driver or made from another specification;</li>
 * <li>3 the environment failed: disk full, permission denied, a lost file system (the line names the path
 *     and the cause; whatever was committed stays, and the same command resumes);</li>
 * <li>4 damaged output: committed files that do not match their markers ({@code landau verify}).</li>
 * </ul>
 */
public final class Cli {
    public static final int BAD_INPUT = 2;
    public static final int FAILURE = 1;
    public static final int ENVIRONMENT = 3;
    public static final int DAMAGED = 4;

    private Cli() {
    }

    /** Executes on System.out/err and returns the exit code. */
    public static int execute(Object command, String... args) {
        return execute(command, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Executes with the given streams and returns the exit code. */
    public static int execute(Object command, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(out);
        cl.setErr(err);
        // "NaN" and "Infinity" parse as doubles: no option of ours means anything by them.
        cl.registerConverter(Double.class, Cli::finite);
        cl.registerConverter(double.class, Cli::finite);
        cl.setParameterExceptionHandler((e, arguments) -> {
            String help = e.getCommandLine().getCommandSpec().qualifiedName() + " --help";
            e.getCommandLine().getErr().println("error: " + oneLine(e.getMessage()) + " (see " + help + ")");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter stderr = line.getErr();
            if (e instanceof InvalidInputException || e instanceof IllegalArgumentException) {
                stderr.println("error: " + oneLine(e.getMessage()));
                return e instanceof Damaged ? DAMAGED : BAD_INPUT;
            }
            IOException io = ioCause(e);
            if (io != null) {
                stderr.println("error: " + oneLine(io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage()));
                return ENVIRONMENT;
            }
            stderr.println("error: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
            return FAILURE;
        });
        return cl.execute(args);
    }

    /** Marks a refusal because an output is damaged (exit {@value #DAMAGED}) rather than badly asked for. */
    public interface Damaged {
    }

    private static Double finite(String text) {
        double x;
        try {
            x = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a number");
        }
        if (!Double.isFinite(x)) {
            throw new TypeConversionException("'" + text + "' is not a finite number");
        }
        return x;
    }

    /** The I/O error an exception is or wraps (the environment failed), or null. */
    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t instanceof UncheckedIOException u) {
                return u.getCause();
            }
        }
        return null;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replace('\n', ' ');
    }
}
