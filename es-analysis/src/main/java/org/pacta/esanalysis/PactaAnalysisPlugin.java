package org.pacta.esanalysis;

import java.util.Map;

import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Why this plugin exists: Pacta's local node runs the minimal Elasticsearch distribution
 * ({@code integ-test-zip}), which ships without the {@code analysis-common} module. Index settings
 * that use {@code asciifolding}, {@code stemmer}, {@code elision} or a configured {@code lowercase}
 * filter would be rejected there, while a full cluster has them built in. This plugin registers
 * those filters under the same names and parameters, so one set of index settings works on both.
 * It is installed on the local node only; never on a full distribution, where the names would clash
 * with {@code analysis-common} and the node would refuse to start.
 *
 * <p>Not registered because the server core already has them: {@code stop} (configurable),
 * {@code shingle}, {@code hunspell}, and the pre-configured (parameterless) {@code lowercase}.
 * The configurable {@code lowercase} type (with {@code language}) is only in analysis-common,
 * so it is registered here; a bare {@code "lowercase"} reference still resolves to the core one.
 */
public class PactaAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "asciifolding", AsciiFoldingTokenFilterFactory::new,
            "lowercase", LowerCaseTokenFilterFactory::new,
            "stemmer", StemmerTokenFilterFactory::new,
            // Like the built-in one: usable only when configured with articles.
            "elision", AnalysisPlugin.requiresAnalysisSettings(ElisionTokenFilterFactory::new));
    }
}
