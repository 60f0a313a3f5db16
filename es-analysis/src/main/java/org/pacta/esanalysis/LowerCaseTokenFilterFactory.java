package org.pacta.esanalysis;

import java.util.Locale;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * Configurable {@code lowercase} type, with the optional {@code language} parameter
 * ({@code greek}, {@code irish}, {@code turkish}). The server core only has the parameterless
 * pre-configured {@code lowercase}.
 */
public class LowerCaseTokenFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

    private final String language;

    public LowerCaseTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
        String value = settings.get("language");
        this.language = value == null ? null : value.toLowerCase(Locale.ROOT);
        if (language != null && !language.equals("greek") && !language.equals("irish") && !language.equals("turkish")) {
            throw new IllegalArgumentException(
                "lowercase filter [" + name + "]: unsupported language [" + value + "], expected one of [greek, irish, turkish]");
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        if (language == null) {
            return new LowerCaseFilter(tokenStream);
        }
        return switch (language) {
            case "greek" -> new GreekLowerCaseFilter(tokenStream);
            case "irish" -> new IrishLowerCaseFilter(tokenStream);
            default -> new TurkishLowerCaseFilter(tokenStream);
        };
    }
}
