package org.pacta.esanalysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * {@code elision}: strips elided articles ("l'accord" to "accord"). Requires {@code articles}
 * (list) or {@code articles_path}; {@code articles_case: true} makes matching case-insensitive
 * (default: case-sensitive). Parsed by Elasticsearch's own {@link Analysis#parseArticles}.
 */
public class ElisionTokenFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

    private final CharArraySet articles;

    public ElisionTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
        this.articles = Analysis.parseArticles(environment, settings);
        if (articles == null) {
            throw new IllegalArgumentException("elision filter [" + name + "] requires [articles] or [articles_path] setting");
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ElisionFilter(tokenStream, articles);
    }
}
