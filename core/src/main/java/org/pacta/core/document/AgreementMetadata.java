package org.pacta.core.document;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a document says about an agreement: parties, signing, status, type. Filled by sidecar files
 * (curated) and, later, read from the text.
 *
 * @param parties       ISO 3166-1 alpha-3 codes or organisation ids
 * @param curatedFields names of the fields a person set through a sidecar; they win over extraction
 * @param evidence      for each field read from the text (by index name, e.g. {@code signed_date}), why
 * @param agreementId   the agreement a person says this document belongs to (sidecar only), or null
 * @param events        the stages of the agreement's life the document reports, in text order
 * @param mentions      other agreements the document names
 * @param kind          {@code text} when the document is an agreement's own text (a preamble, articles, a
 *                      signature block), {@code news} for a news article, {@code document} for anything
 *                      else; null when not read (a document archived before kinds were read)
 * @param partyBasis    why each party read from the text is one, by party ("signature block", "member of
 *                      the European Union on 1993-03-08, from the membership table (source)")
 */
public record AgreementMetadata(String title, List<String> parties, LocalDate signedDate, String signedPlace,
                                String status, String type, String language, LocalDate publishedDate,
                                List<String> tags, String sourceUrl, Set<String> curatedFields,
                                Map<String, Evidence> evidence, String agreementId, List<ReportedEvent> events,
                                List<InstrumentMention> mentions, String kind, Map<String, String> partyBasis) {

    public static final AgreementMetadata EMPTY = new AgreementMetadata(null, List.of(), null, null, null, null, null,
            null, List.of(), null, Set.of(), Map.of(), null, List.of(), List.of(), null);

    /** Metadata with no reasons given for its parties (a sidecar's, or a document read before they were kept). */
    public AgreementMetadata(String title, List<String> parties, LocalDate signedDate, String signedPlace,
                             String status, String type, String language, LocalDate publishedDate,
                             List<String> tags, String sourceUrl, Set<String> curatedFields,
                             Map<String, Evidence> evidence, String agreementId, List<ReportedEvent> events,
                             List<InstrumentMention> mentions, String kind) {
        this(title, parties, signedDate, signedPlace, status, type, language, publishedDate, tags, sourceUrl,
                curatedFields, evidence, agreementId, events, mentions, kind, Map.of());
    }

    public AgreementMetadata {
        parties = parties == null ? List.of() : List.copyOf(parties);
        tags = tags == null ? List.of() : List.copyOf(tags);
        curatedFields = curatedFields == null ? Set.of() : Set.copyOf(curatedFields);
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
        events = events == null ? List.of() : List.copyOf(events);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        partyBasis = partyBasis == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(partyBasis));
    }

    /**
     * This metadata with every field that {@code curated} sets taken from it: a person's sidecar
     * wins over what was read from the text, field by field; evidence stays only for read fields.
     */
    public AgreementMetadata overriddenBy(AgreementMetadata curated) {
        Set<String> fields = curated.curatedFields();
        if (fields.isEmpty()) {
            return this;
        }
        Map<String, Evidence> keptEvidence = new java.util.HashMap<>(evidence);
        keptEvidence.keySet().removeAll(fields);
        return new AgreementMetadata(
                fields.contains("title") ? curated.title : title,
                fields.contains("parties") ? curated.parties : parties,
                fields.contains("signed_date") ? curated.signedDate : signedDate,
                fields.contains("signed_place") ? curated.signedPlace : signedPlace,
                fields.contains("status") ? curated.status : status,
                fields.contains("type") ? curated.type : type,
                fields.contains("language") ? curated.language : language,
                fields.contains("published_date") ? curated.publishedDate : publishedDate,
                fields.contains("tags") ? curated.tags : tags,
                fields.contains("source_url") ? curated.sourceUrl : sourceUrl,
                fields, keptEvidence,
                fields.contains("agreement_id") ? curated.agreementId : agreementId,
                events, mentions,
                fields.contains("kind") ? curated.kind : kind,
                fields.contains("parties") ? Map.of() : partyBasis);
    }

    public Integer signedYear() {
        return signedDate == null ? null : signedDate.getYear();
    }
}
