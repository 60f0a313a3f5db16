package org.pacta.cli;

import org.pacta.config.PactaProperties;
import org.pacta.config.SharedTextProperties;
import org.pacta.config.WatchProperties;
import org.pacta.core.party.PartyNames;
import org.pacta.metadata.parties.Gazetteer;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * The settings a command-line tool needs, read from the same {@code application.yml} and
 * {@code PACTA_*} variables as the server, but bound directly: no application context, so a
 * command starts in a fraction of a second.
 */
public final class CliContext {

    /** The API's JSON, as commands that read or print it need it: Jackson 3 with the API's names
     * ({@code spring.jackson.property-naming-strategy}). */
    static final JsonMapper API_JSON = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private CliContext() {
    }

    public static PactaProperties properties() {
        quietLogging();
        return Binder.get(environment()).bind("pacta", PactaProperties.class)
                .orElseThrow(() -> new IllegalStateException("No 'pacta' settings in application.yml"));
    }

    /** The watch settings ({@code PACTA_WATCH_*}), as the server reads them. */
    static WatchProperties watchProperties() {
        return Binder.get(environment()).bind("pacta.watch", WatchProperties.class)
                .orElseGet(() -> new WatchProperties(null, null, null));
    }

    /** What counts as shared text ({@code PACTA_SHARED_TEXT_*}), as the server reads it. */
    public static SharedTextProperties sharedTextProperties() {
        return Binder.get(environment()).bind("pacta.shared-text", SharedTextProperties.class)
                .orElseGet(() -> new SharedTextProperties(null, null));
    }

    /** Party names as the server's controllers read them (the gazetteer loads once per process). */
    static PartyNames partyNames() {
        return new Gazetteer();
    }

    /**
     * Where {@code ./pacta serve} answers with these settings ({@code server.address}, {@code PACTA_PORT}),
     * without a trailing slash: the base of the web UI's links.
     */
    static String webBaseUrl() {
        Binder binder = Binder.get(environment());
        String address = binder.bind("server.address", String.class).orElse("127.0.0.1");
        if (address.isBlank() || address.equals("0.0.0.0") || address.equals("::")) {
            address = "127.0.0.1";
        } else if (address.contains(":")) {
            address = "[" + address + "]";
        }
        return "http://" + address + ":" + binder.bind("server.port", Integer.class).orElse(8080);
    }

    /**
     * For a command whose standard output is its result (JSON, CSV): log messages go to stderr from now
     * on, and the returned stream is the real standard output.
     */
    static PrintStream logToStderr() {
        PrintStream out = System.out;
        System.setOut(System.err); // the console appender writes to whatever System.out is at the time
        return out;
    }

    private static StandardEnvironment environment() {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load("application.yml", new ClassPathResource("application.yml"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read application.yml", e);
        }
        return environment;
    }

    /** A command line shows its own progress; only Pacta's messages and problems are logged. */
    private static void quietLogging() {
        LoggingSystem logging = LoggingSystem.get(CliContext.class.getClassLoader());
        logging.beforeInitialize();
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        logging.setLogLevel("org.pacta", LogLevel.INFO);
        // JGit logs a stack trace for a malformed ignore pattern; Pacta reports the pattern itself.
        logging.setLogLevel("org.eclipse.jgit.ignore", LogLevel.OFF);
    }
}
