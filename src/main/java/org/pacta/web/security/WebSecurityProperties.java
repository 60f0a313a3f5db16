package org.pacta.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Who may use the API from where, and how fast (README: Configuration).
 *
 * @param readKeys    hashes ({@code sha256:<hex>}) of keys that may read the API; empty = reads are open
 * @param corsOrigins origins whose pages may call the API from a browser; empty = none (CORS off)
 * @param writeRate   writes a client address may make per minute, on average
 * @param writeBurst  writes a client address may make at once before the rate applies
 */
@ConfigurationProperties("pacta.web")
public record WebSecurityProperties(List<String> readKeys, List<String> corsOrigins, int writeRate, int writeBurst) {

    public WebSecurityProperties {
        readKeys = readKeys == null ? List.of() : List.copyOf(readKeys);
        corsOrigins = corsOrigins == null ? List.of() : corsOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        if (writeRate < 1 || writeBurst < 1) {
            throw new IllegalArgumentException("PACTA_WRITE_RATE and PACTA_WRITE_BURST must be at least 1");
        }
    }
}
