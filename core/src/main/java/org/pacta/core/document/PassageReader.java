package org.pacta.core.document;

import java.util.List;

/** The port that cuts a document's text into {@link Passage}s that follow its structure. */
public interface PassageReader {

    /**
     * @param text       the document's whole text
     * @param kind       what the text is ({@link AgreementMetadata#kind()}: {@code text}, {@code news},
     *                   {@code document}, or null): news is cut by paragraph, the rest by its headings
     * @param pageStarts the offset in {@code text} where each page begins, in page order (the first is 0);
     *                   empty when the format has no pages or they are unknown
     * @return passages covering the whole text in order; empty only for a blank text
     */
    List<Passage> read(String text, String kind, List<Integer> pageStarts);
}
