package org.pacta.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad usage on any command: the error, a suggestion for a mistyped option, the command's usage line
 * and where to read more, on stderr, exit 2; no stack trace and not the whole help.
 */
public final class UsageErrors {

    private UsageErrors() {
    }

    public static int explain(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        List<String> unmatched = command.getUnmatchedArguments();
        if (!(e instanceof UnmatchedArgumentException) && !unmatched.isEmpty()) {
            // "ingest --no-such-option" is first of all an unknown option, then a missing DIR
            err.println("pacta: Unknown option or argument: " + unmatched.stream().map(a -> "'" + a + "'")
                    .collect(Collectors.joining(", ")));
        }
        err.println("pacta: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        CommandLine.Help help = command.getHelp();
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.printf("Try './%s --help' for more information.%n", command.getCommandSpec().qualifiedName());
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
