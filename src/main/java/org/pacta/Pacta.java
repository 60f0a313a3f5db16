package org.pacta;

import org.pacta.cli.ApiKeyCommand;
import org.pacta.cli.BackupCommand;
import org.pacta.cli.BenchCommand;
import org.pacta.cli.EsCommand;
import org.pacta.cli.EvalCommand;
import org.pacta.cli.IngestCommand;
import org.pacta.cli.ReindexCommand;
import org.pacta.cli.RestoreCommand;
import org.pacta.cli.ServeCommand;
import org.pacta.durability.DurabilityException;
import org.pacta.elasticsearch.archive.ArchiveUnavailableException;
import org.pacta.elasticsearch.node.LocalNodeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.UncheckedIOException;
import java.util.List;

/** The {@code ./pacta} command line. */
@Command(name = "pacta", mixinStandardHelpOptions = true, version = "Pacta 0.1.0",
        description = "Full-text searchable archive of international agreements.",
        subcommands = {ServeCommand.class, EsCommand.class, IngestCommand.class, EvalCommand.class, ApiKeyCommand.class, BenchCommand.class,
                BackupCommand.class, RestoreCommand.class, ReindexCommand.class})
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

    /** Failures whose message is written for people: shown as one line, not a stack trace. */
    private static final List<Class<? extends Throwable>> READABLE = List.of(LocalNodeException.class,
            ArchiveUnavailableException.class, IllegalArgumentException.class, UncheckedIOException.class,
            DurabilityException.class);

    private static int explain(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Throwable candidate = cause;
            if (READABLE.stream().anyMatch(type -> type.isInstance(candidate))) {
                commandLine.getErr().println("pacta: " + candidate.getMessage());
                return 1;
            }
        }
        throw new RuntimeException(e);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
