package org.landausweep.core.cli;

import java.io.PrintWriter;
import org.landausweep.core.data.InvalidInputException;
import picocli.CommandLine;

/** Runs a picocli command with the product's exit codes: 0 success, 1 failure, 2 bad input (one line on stderr). */
public final class Cli {
    public static final int BAD_INPUT = 2;
    public static final int FAILURE = 1;

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
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter stderr = line.getErr();
            if (e instanceof InvalidInputException || e instanceof IllegalArgumentException) {
                stderr.println("error: " + oneLine(e.getMessage()));
                return BAD_INPUT;
            }
            stderr.println("error: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
            return FAILURE;
        });
        return cl.execute(args);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replace('\n', ' ');
    }
}
