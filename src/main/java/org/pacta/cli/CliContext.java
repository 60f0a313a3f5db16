package org.pacta.cli;

import org.pacta.config.PactaProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** The settings a command-line tool needs, read the same way as the server reads them, without a web server. */
final class CliContext {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PactaProperties.class)
    static class SettingsOnly {
    }

    private CliContext() {
    }

    static PactaProperties properties() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SettingsOnly.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // A command line shows its own progress; only Pacta's messages and problems are logged.
                .properties("logging.level.root=warn", "logging.level.org.pacta=info",
                        "logging.pattern.console=%clr(%-5level) %msg%n")
                .run()) {
            return context.getBean(PactaProperties.class);
        }
    }
}
