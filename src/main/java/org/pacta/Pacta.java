package org.pacta;

import org.pacta.cli.ApiKeyCommand;
import org.pacta.cli.BenchCommand;
import org.pacta.cli.EsCommand;
import org.pacta.cli.EvalCommand;
import org.pacta.cli.IngestCommand;
import org.pacta.cli.ServeCommand;
import org.pacta.elasticsearch.node.LocalNodeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./pacta} command line. */
@Command(name = "pacta", mixinStandardHelpOptions = true, version = "Pacta 0.1.0",
        description = "Full-text searchable archive of international agreements.",
        subcommands = {ServeCommand.class, EsCommand.class, IngestCommand.class, EvalCommand.class, ApiKeyCommand.class, BenchCommand.class})
public final class Pacta implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new Pacta())
                .setExecutionExceptionHandler(Pacta::explain);
        int exitCode = commandLine.execute(args);
        boolean serving = exitCode == 0 && commandLine.getParseResult().subcommand() != null
                && "serve".equals(commandLine.getParseResult().subcommand().commandSpec().name());
        if (!serving) {
            System.exit(exitCode);
        }
    }

    /** Known failures are one readable line, not a stack trace. */
    private static int explain(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof LocalNodeException)) {
            cause = cause.getCause();
        }
        if (cause instanceof LocalNodeException || cause instanceof IllegalArgumentException
                || cause instanceof java.io.UncheckedIOException || isReadable(cause)) {
            commandLine.getErr().println("pacta: " + cause.getMessage());
            return 1;
        }
        throw new RuntimeException(e);
    }

    /** Failures whose message is meant for people (their class says so). */
    private static boolean isReadable(Throwable cause) {
        return cause.getClass().getSimpleName().endsWith("UnavailableException");
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
