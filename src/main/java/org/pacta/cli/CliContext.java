package org.pacta.cli;

import org.pacta.config.PactaProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The settings a command-line tool needs, read from the same {@code application.yml} and
 * {@code PACTA_*} variables as the server, but bound directly: no application context, so a
 * command starts in a fraction of a second.
 */
final class CliContext {

    private CliContext() {
    }

    static PactaProperties properties() {
        quietLogging();
        StandardEnvironment environment = new StandardEnvironment();
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load("application.yml", new ClassPathResource("application.yml"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read application.yml", e);
        }
        return Binder.get(environment).bind("pacta", PactaProperties.class)
                .orElseThrow(() -> new IllegalStateException("No 'pacta' settings in application.yml"));
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
