package org.pacta;

import org.pacta.cli.ApiKeyCommand;
import org.pacta.cli.BackupCommand;
import org.pacta.cli.EsCommand;
import org.pacta.cli.EvalCommand;
import org.pacta.cli.IngestCommand;
import org.pacta.cli.ReindexCommand;
import org.pacta.cli.RestoreCommand;
import org.pacta.cli.SearchCommand;
import org.pacta.cli.ServeCommand;
import org.pacta.cli.SharedTextCommand;
import org.pacta.cli.UsageErrors;
import org.pacta.core.durability.DurabilityException;
import org.pacta.core.ingest.ArchiveUnavailableException;
import org.pacta.elasticsearch.node.LocalNodeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ScopeType;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ./pacta} command line. Its help conventions are inherited by every subcommand
 * ({@code scope = INHERIT}): {@code -h/--help}, {@code -V/--version}, defaults shown, and a footer
 * headed "Examples:" whose examples each command gives. Exit codes: 0 done, 1 failed (one line on
 * stderr), 2 bad usage (the error and the usage line on stderr), 3 some files failed (ingest, reindex).
 */
@Command(name = "pacta", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = PactaVersion.class, showDefaultValues = true, sortOptions = false,
        usageHelpAutoWidth = true, footerHeading = "%nExamples:%n",
        description = "Full-text searchable archive of international agreements.",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed, or no hits (search)", "2:bad usage", "3:some files failed (ingest, reindex)"},
        footer = {"  ./pacta serve                  the web app on http://127.0.0.1:8080",
                "  ./pacta search Istanbul        search from the terminal",
                "  ./pacta ingest --help          any command's options and examples"},
        subcommands = {ServeCommand.class, SearchCommand.class, IngestCommand.class, EsCommand.class, EvalCommand.class,
                ApiKeyCommand.class, BackupCommand.class, RestoreCommand.class, ReindexCommand.class,
                SharedTextCommand.class})
public final class Pacta implements Runnable {

    /**
     * {@code ./pacta bench} lives in the bench module, whose jar the launcher runs instead of this one (no benchmark
     * code in the server): its name and description are kept here, so that this help lists it.
     */
    public static final String BENCH = "bench";
    public static final String BENCH_DESCRIPTION = "Benchmarks against raw references measured in the same run.";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        run(commandLine(), args);
    }

    /** Runs a command line built on {@link #commandLine()} and exits with its code, unless it went on serving. */
    public static void run(CommandLine commandLine, String[] args) {
        int exitCode = commandLine.execute(args);
        boolean serving = exitCode == 0 && commandLine.getParseResult() != null
                && commandLine.getParseResult().subcommand() != null
                && "serve".equals(commandLine.getParseResult().subcommand().commandSpec().name());
        if (!serving) {
            System.exit(exitCode);
        }
    }

    /** The command line as {@code ./pacta} runs it: readable failures, short usage errors. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Pacta())
                .setExecutionExceptionHandler(Pacta::explain)
                .setParameterExceptionHandler(UsageErrors::explain);
        commandLine.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Pacta::commandListWithBench);
        return commandLine;
    }

    private static String commandListWithBench(CommandLine.Help help) {
        CommandSpec bench = CommandSpec.create().name(BENCH);
        bench.usageMessage().description(BENCH_DESCRIPTION);
        Map<String, CommandLine.Help> commands = new LinkedHashMap<>(help.subcommands());
        commands.putIfAbsent(BENCH, new CommandLine.Help(bench, help.colorScheme())); // the bench jar has the real one
        return help.commandList(commands);
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
