package org.pacta.config;

import org.pacta.core.sharedtext.SharedTextFinder;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What counts as shared text (README: Shared text).
 *
 * @param minWords       the fewest shared words that make two passages share text; one-line clauses stay below
 * @param commonPassages a fingerprint held by more passages than this is a common phrase and finds no candidates
 */
@ConfigurationProperties("pacta.shared-text")
public record SharedTextProperties(Integer minWords, Long commonPassages) {

    public SharedTextProperties {
        minWords = minWords == null ? SharedTextFinder.Settings.DEFAULTS.minSharedWords() : minWords;
        commonPassages = commonPassages == null ? SharedTextFinder.Settings.DEFAULTS.commonPassages() : commonPassages;
    }

    public SharedTextFinder.Settings settings() {
        return new SharedTextFinder.Settings(minWords, commonPassages, SharedTextFinder.Settings.DEFAULTS.candidateLimit());
    }
}
