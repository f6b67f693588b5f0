package org.landausweep.jobs;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code landau completion}: a bash completion script for every landau command and option (picocli's {@link AutoComplete}). */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a bash completion script for landau.", "Use it with: source <(bin/landau completion)"})
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
