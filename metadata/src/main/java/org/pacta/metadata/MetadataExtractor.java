package org.pacta.metadata;

import org.pacta.core.agreement.Stages;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.Evidence;
import org.pacta.core.document.InstrumentMention;
import org.pacta.core.document.ReportedEvent;
import org.pacta.metadata.document.DocumentText;
import org.pacta.metadata.fields.AgreementTypeReader;
import org.pacta.metadata.fields.Analysis;
import org.pacta.metadata.fields.Finding;
import org.pacta.metadata.fields.PublicationDateReader;
import org.pacta.metadata.fields.SigningDateReader;
import org.pacta.metadata.fields.SigningPlaceReader;
import org.pacta.metadata.fields.StatusReader;
import org.pacta.metadata.fields.TitleReader;
import org.pacta.metadata.parties.Parties;
import org.pacta.metadata.parties.PartyExtractor;
import org.pacta.metadata.related.NamedInstruments;
import org.pacta.metadata.timeline.EventReader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an agreement's metadata from a document's text, as a treaty librarian would: title, parties,
 * signing date and place, status, type and, for news, the publication date, each with its evidence
 * (keyed by the index field name: {@code title}, {@code parties}, {@code signed_date},
 * {@code signed_place}, {@code status}, {@code type}, {@code published_date}); then the stages of the
 * agreement's life the document reports and the other agreements it names.
 * <p>Thread-safe; build once and share. Nothing is looked up outside the text and the bundled data
 * files: no file names, no catalogue.
 */
public final class MetadataExtractor {

    private final PartyExtractor parties;
    private final TitleReader titles = new TitleReader();
    private final SigningDateReader signingDates = new SigningDateReader();
    private final SigningPlaceReader signingPlaces = new SigningPlaceReader();
    private final StatusReader statuses = new StatusReader();
    private final AgreementTypeReader types = new AgreementTypeReader();
    private final PublicationDateReader publicationDates = new PublicationDateReader();
    private final NamedInstruments namedInstruments = new NamedInstruments();
    private final EventReader events;

    public MetadataExtractor() {
        this(new PartyExtractor());
    }

    public MetadataExtractor(PartyExtractor parties) {
        this.parties = parties;
        this.events = new EventReader(parties.gazetteer());
    }

    public AgreementMetadata extract(DocumentText document) {
        Analysis a = Analysis.of(document);
        Map<String, Evidence> evidence = new LinkedHashMap<>();

        Optional<Finding<String>> title = titles.read(a);
        Optional<Finding<LocalDate>> signedDate = signingDates.read(a);
        Optional<Finding<String>> signedPlace = signingPlaces.read(a);
        Optional<Finding<String>> status = statuses.read(a);
        Optional<Finding<String>> type = types.read(a, title);
        Optional<Finding<LocalDate>> published = publicationDates.read(a);

        put(evidence, "title", title);
        // the party reader reads the file's own title (a catalogue name "Japan - Thailand", a headline)
        Parties found = parties.extract(document.text(), document.title(), signedDate.map(Finding::value).orElse(null));
        partyEvidence(found).ifPresent(e -> evidence.put("parties", e));
        put(evidence, "signed_date", signedDate);
        put(evidence, "signed_place", signedPlace);
        put(evidence, "status", status);
        put(evidence, "type", type);
        put(evidence, "published_date", published);
        String ownTitle = title.map(Finding::value).orElse(null);
        List<InstrumentMention> others = namedInstruments.find(a, ownTitle);
        List<ReportedEvent> reported = new ArrayList<>(events.read(a, found.parties(), others));
        reported.addAll(earlierSignings(a, signedDate.map(Finding::value).orElse(null)));

        return new AgreementMetadata(
                title.map(Finding::value).orElse(null),
                found.parties(),
                signedDate.map(Finding::value).orElse(null),
                signedPlace.map(Finding::value).orElse(null),
                status.map(Finding::value).orElse(null),
                type.map(Finding::value).orElse(null),
                document.language(),
                published.map(Finding::value).orElse(null),
                List.of(),
                null,
                Set.of(),
                evidence,
                null,
                reported,
                others,
                kind(a, status.isPresent(), found.treatyText()),
                found.basis());
    }

    /**
     * The signings before the last one, where the parties signed on different days ("Signed at Geneva
     * on 3 May 2003" … "Signed at Bern on 5 May 2003"): the last dates the agreement, the others are
     * steps of its timeline.
     */
    private List<ReportedEvent> earlierSignings(Analysis a, LocalDate signed) {
        List<ReportedEvent> out = new ArrayList<>();
        for (Finding<LocalDate> signing : signingDates.signings(a)) {
            if (signed != null && signing.value().isBefore(signed)) {
                out.add(new ReportedEvent(Stages.SIGNED, signing.value(), "stated", null, null, signing.evidence()));
            }
        }
        return out;
    }

    /** News; an agreement's own text (preamble, articles, or a signature clause, which gives it a status); else a document. */
    private static String kind(Analysis a, boolean signatureClause, boolean treatyText) {
        if (a.isNews()) {
            return "news";
        }
        return signatureClause || treatyText ? "text" : "document";
    }

    private static void put(Map<String, Evidence> evidence, String field, Optional<? extends Finding<?>> finding) {
        finding.ifPresent(f -> evidence.put(field, f.evidence()));
    }

    /** One evidence for the party list: the first party's sentence, with all the codes as its value. */
    private static Optional<Evidence> partyEvidence(Parties p) {
        if (p.parties().isEmpty() || p.evidence().isEmpty()) {
            return Optional.empty();
        }
        Evidence first = p.evidence().get(0);
        double confidence = p.evidence().stream().mapToDouble(Evidence::confidence).average().orElse(first.confidence());
        return Optional.of(new Evidence(String.join(", ", p.parties()), first.sentence(), first.start(), first.end(),
                Math.round(confidence * 100) / 100.0));
    }
}
