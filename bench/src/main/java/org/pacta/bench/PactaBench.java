package org.pacta.bench;

import org.pacta.Pacta;
import picocli.CommandLine;

/**
 * The bench jar's main, which {@code ./pacta bench …} runs: Pacta's own command line (help conventions,
 * version, exit codes, readable failures) with the {@code bench} command added. The server jar has no
 * benchmark code.
 */
public final class PactaBench {

    private PactaBench() {
    }

    public static void main(String[] args) {
        Pacta.run(commandLine(), args);
    }

    public static CommandLine commandLine() {
        return Pacta.commandLine().addSubcommand(new BenchCommand());
    }
}
