package org.pacta.esanalysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/** Runs text through a standard (or keyword) tokenizer and factories, the way a custom analyzer chains them. */
final class AnalysisTestSupport {

    private AnalysisTestSupport() {
    }

    static Settings settings(String... keyValues) {
        Settings.Builder builder = Settings.builder();
        for (int i = 0; i < keyValues.length; i += 2) {
            builder.put(keyValues[i], keyValues[i + 1]);
        }
        return builder.build();
    }

    /** Analyzer path: standard tokenizer, then {@link TokenFilterFactory#create}. */
    static List<String> analyze(String text, TokenFilterFactory... filters) throws IOException {
        Tokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        TokenStream stream = tokenizer;
        for (TokenFilterFactory filter : filters) {
            stream = filter.create(stream);
        }
        return terms(stream);
    }

    /** Normalizer path: the whole value is one token, then {@link TokenFilterFactory#normalize}. */
    static List<String> normalize(String text, TokenFilterFactory... filters) throws IOException {
        Tokenizer tokenizer = new KeywordTokenizer();
        tokenizer.setReader(new StringReader(text));
        TokenStream stream = tokenizer;
        for (TokenFilterFactory filter : filters) {
            stream = filter.normalize(stream);
        }
        return terms(stream);
    }

    private static List<String> terms(TokenStream stream) throws IOException {
        List<String> terms = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
