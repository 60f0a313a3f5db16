package org.pacta.core.agreement;

import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.Evidence;

/** What an archived document says about its agreement, as the agreement builder reads it. */
public record DocumentFacts(String documentId, String fileName, AgreementMetadata metadata) {

    /** Below this a title is the file's own (an HTML {@code <title>}, a headline), not read from the text. */
    static final double TEXT_TITLE_CONFIDENCE = 0.5;

    /** News as the reader classified it; a document without a kind, when it has a publication date. */
    public boolean isNews() {
        return "news".equals(metadata.kind()) || metadata.kind() == null && metadata.publishedDate() != null;
    }

    /**
     * Whether this is the agreement's own text: read as one (preamble, articles, signature block), or
     * not news and stating a signing or adoption. A note or a report about an agreement is neither.
     */
    public boolean isAgreementText() {
        return "text".equals(metadata.kind())
                || metadata.kind() == null && !isNews() && (metadata.signedDate() != null || metadata.status() != null);
    }

    /** {@code text}, {@code news} or {@code document} (anything else that speaks of the agreement). */
    public String role() {
        return isNews() ? "news" : isAgreementText() ? "text" : "document";
    }

    /**
     * Whether the document can be an agreement's first source: its text, news about it, or a document
     * a person assigned to it. Other documents (notes, reports, label files) only join agreements
     * their betters found.
     */
    boolean foundsAgreement() {
        return isAgreementText() || isNews() || metadata.agreementId() != null;
    }

    /**
     * Whether the document speaks of one agreement at all: it is an agreement's text, it reports a
     * signing or a stage, a person assigned it, or it names an instrument as its title. A mere list
     * of countries does not.
     */
    public boolean describesAgreement() {
        AgreementMetadata m = metadata;
        return isAgreementText() || m.signedDate() != null || m.status() != null || m.agreementId() != null
                || !m.events().isEmpty() || titleFromText() && m.type() != null;
    }

    boolean titleFromText() {
        if (metadata.title() == null) {
            return false;
        }
        Evidence e = metadata.evidence().get("title");
        return metadata.curatedFields().contains("title") || e != null && e.confidence() >= TEXT_TITLE_CONFIDENCE;
    }
}
