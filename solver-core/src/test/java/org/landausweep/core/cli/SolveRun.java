package org.landausweep.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs {@code solve [options] FILE.json} in-process on a datum written to {@code dir}, capturing both streams.
 *
 * @param code exit code
 * @param out  what went to stdout
 * @param err  what went to stderr
 */
public record SolveRun(int code, String out, String err) {

    public static SolveRun of(Path dir, String json, String... options) throws IOException {
        Path file = dir.resolve("datum.json");
        Files.writeString(file, json);
        String[] args = new String[options.length + 2];
        args[0] = "solve";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = file.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(new SolverCli(), new PrintWriter(out), new PrintWriter(err), args);
        return new SolveRun(code, out.toString(), err.toString());
    }
}
