package org.pacta.esanalysis;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.es.SpanishPluralStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * {@code stemmer} with {@code language} (alias {@code name}); default {@code porter}. The subset of
 * Elasticsearch's languages Pacta needs, mapped to the same Lucene filters. Names are accepted in
 * snake case ({@code light_english}) or camel case ({@code lightEnglish}), as Elasticsearch does.
 */
public class StemmerTokenFilterFactory extends AbstractTokenFilterFactory {

    private static final Map<String, UnaryOperator<TokenStream>> STEMMERS = new TreeMap<>(Map.ofEntries(
        Map.entry("porter", PorterStemFilter::new),
        Map.entry("english", PorterStemFilter::new),
        Map.entry("porter2", ts -> new SnowballFilter(ts, new EnglishStemmer())),
        Map.entry("light_english", KStemFilter::new),
        Map.entry("kstem", KStemFilter::new),
        Map.entry("minimal_english", EnglishMinimalStemFilter::new),
        Map.entry("possessive_english", EnglishPossessiveFilter::new),
        Map.entry("french", ts -> new SnowballFilter(ts, new FrenchStemmer())),
        Map.entry("light_french", FrenchLightStemFilter::new),
        Map.entry("minimal_french", FrenchMinimalStemFilter::new),
        Map.entry("spanish", ts -> new SnowballFilter(ts, new SpanishStemmer())),
        Map.entry("light_spanish", SpanishLightStemFilter::new),
        Map.entry("spanish_plural", SpanishPluralStemFilter::new),
        Map.entry("german", ts -> new SnowballFilter(ts, new GermanStemmer())),
        Map.entry("light_german", GermanLightStemFilter::new),
        Map.entry("minimal_german", GermanMinimalStemFilter::new)));

    private final String language;
    private final UnaryOperator<TokenStream> stemmer;

    public StemmerTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name, settings);
        String requested = settings.get("language", settings.get("name", "porter"));
        this.language = canonical(requested);
        this.stemmer = STEMMERS.get(language);
        if (stemmer == null) {
            throw new IllegalArgumentException("stemmer filter [" + name + "]: unknown language [" + requested
                + "]; this node (pacta-analysis plugin) supports " + STEMMERS.keySet());
        }
    }

    /** "lightEnglish" and "Light_English" both become "light_english". */
    static String canonical(String language) {
        return language.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }

    String language() {
        return language;
    }
}
