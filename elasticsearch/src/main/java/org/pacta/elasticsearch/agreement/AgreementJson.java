package org.pacta.elasticsearch.agreement;

import org.pacta.core.Sha256;
import org.pacta.core.agreement.Agreement;
import org.pacta.core.agreement.AgreementSource;
import org.pacta.core.agreement.PartyStatus;
import org.pacta.core.agreement.RelatedAgreement;
import org.pacta.core.agreement.TimelineEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An {@link Agreement} as the JSON source of {@code mappings/agreements-v1.json}; the API serves it as stored. */
final class AgreementJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AgreementJson() {
    }

    static Map<String, Object> source(Agreement a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.id());
        json.put("title", a.title());
        json.put("titles", a.sources().stream().map(AgreementSource::title).filter(Objects::nonNull).distinct().toList());
        json.put("type", a.type());
        json.put("parties", a.parties());
        json.put("signed_date", date(a.signedDate()));
        json.put("signed_year", a.signedDate() == null ? null : a.signedDate().getYear());
        json.put("signed_place", a.signedPlace());
        json.put("status", a.status());
        json.put("party_statuses", a.partyStatuses().stream().map(AgreementJson::partyStatus).toList());
        json.put("party_basis", a.partyBasis());
        json.put("timeline", a.timeline().stream().map(AgreementJson::event).toList());
        json.put("event_kinds", a.timeline().stream().map(TimelineEvent::kind).distinct().toList());
        json.put("last_event_date", a.timeline().stream().map(TimelineEvent::date).filter(Objects::nonNull)
                .max(LocalDate::compareTo).map(LocalDate::toString).orElse(null));
        json.put("sources", a.sources().stream().map(AgreementJson::source).toList());
        json.put("document_ids", a.sources().stream().map(AgreementSource::documentId).toList());
        json.put("source_count", a.sources().size());
        json.put("related", a.related().stream().map(AgreementJson::related).toList());
        json.put("related_ids", a.related().stream().map(RelatedAgreement::agreementId).filter(Objects::nonNull).toList());
        json.put("story", story(a));
        json.put("fingerprint", fingerprint(json));
        return json;
    }

    /** What makes the agreement findable by words beyond its titles: the sentences of its story and the names it cites. */
    private static String story(Agreement a) {
        StringBuilder b = new StringBuilder();
        a.timeline().forEach(e -> e.sources().forEach(s -> b.append(s.sentence()).append('\n')));
        a.related().forEach(r -> b.append(r.name()).append('\n'));
        if (a.signedPlace() != null) {
            b.append(a.signedPlace());
        }
        return b.toString();
    }

    private static String fingerprint(Map<String, Object> json) {
        try {
            return Sha256.hex(JSON.writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static byte[] bytes(Map<String, Object> json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Map<String, Object> partyStatus(PartyStatus p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("party", p.party());
        json.put("status", p.status());
        json.put("since", date(p.since()));
        return json;
    }

    private static Map<String, Object> event(TimelineEvent e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", e.kind());
        json.put("date", date(e.date()));
        json.put("date_basis", e.dateBasis());
        json.put("party", e.party());
        json.put("body", e.body());
        json.put("place", e.place());
        json.put("sources", e.sources().stream().map(s -> {
            Map<String, Object> src = new LinkedHashMap<>();
            src.put("document_id", s.documentId());
            src.put("sentence", s.sentence());
            src.put("start", s.start());
            src.put("end", s.end());
            return src;
        }).toList());
        return json;
    }

    private static Map<String, Object> source(AgreementSource s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("document_id", s.documentId());
        json.put("file_name", s.fileName());
        json.put("title", s.title());
        json.put("role", s.role());
        json.put("published_date", date(s.publishedDate()));
        return json;
    }

    private static Map<String, Object> related(RelatedAgreement r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", r.name());
        json.put("year", r.year());
        json.put("agreement_id", r.agreementId());
        json.put("document_id", r.documentId());
        json.put("sentence", r.sentence());
        return json;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

}
