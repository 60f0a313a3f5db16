package org.pacta;

import org.pacta.config.PactaProperties;
import org.pacta.config.SharedTextProperties;
import org.pacta.config.WatchProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The web application that {@code ./pacta serve} runs. */
@SpringBootApplication
@EnableConfigurationProperties({PactaProperties.class, WatchProperties.class, SharedTextProperties.class})
public class PactaServer {
}
