package org.pacta.elasticsearch.agreement;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.SourceFilter;
import org.pacta.core.agreement.DocumentFacts;
import org.pacta.core.agreement.DocumentFactsSource;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.Evidence;
import org.pacta.core.document.InstrumentMention;
import org.pacta.core.document.ReportedEvent;
import org.pacta.elasticsearch.search.StoredSources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads every document's agreement facts back from the documents index, without the text. */
public final class DocumentFactsReader implements DocumentFactsSource {

    private static final List<String> FIELDS = List.of("title", "parties", "signed_date", "signed_place", "status",
            "type", "published_date", "curated_fields", "evidence", "agreement_id", "events", "mentions", "file_name", "kind", "party_basis");

    private final ElasticsearchClient client;
    private final String documents;

    public DocumentFactsReader(ElasticsearchClient client, String documentsAlias) {
        this.client = client;
        this.documents = documentsAlias;
    }

    @Override
    public List<DocumentFacts> all() {
        List<DocumentFacts> out = new ArrayList<>();
        try {
            client.indices().refresh(r -> r.index(documents));
            StoredSources.scan(client, documents, Query.of(q -> q.matchAll(m -> m)), SourceFilter.of(f -> f.includes(FIELDS)),
                    hit -> out.add(facts(hit.id(), hit.source())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the documents' facts: " + e.getMessage(), e);
        }
        return out;
    }

    static DocumentFacts facts(String id, Map<?, ?> s) {
        AgreementMetadata m = new AgreementMetadata(text(s, "title"), strings(s, "parties"), date(s, "signed_date"),
                text(s, "signed_place"), text(s, "status"), text(s, "type"), null, date(s, "published_date"),
                List.of(), null, new HashSet<>(strings(s, "curated_fields")), evidenceMap(s.get("evidence")),
                text(s, "agreement_id"), events(s.get("events")), mentions(s.get("mentions")), text(s, "kind"),
                stringMap(s.get("party_basis")));
        return new DocumentFacts(id, text(s, "file_name"), m);
    }

    private static Map<String, String> stringMap(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v != null) {
                    out.put(k.toString(), v.toString());
                }
            });
        }
        return out;
    }

    private static Map<String, Evidence> evidenceMap(Object value) {
        Map<String, Evidence> out = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((field, e) -> {
                Evidence evidence = evidence(e);
                if (evidence != null) {
                    out.put(field.toString(), evidence);
                }
            });
        }
        return out;
    }

    private static List<ReportedEvent> events(Object value) {
        List<ReportedEvent> out = new ArrayList<>();
        for (Map<?, ?> e : maps(value)) {
            out.add(new ReportedEvent(text(e, "kind"), date(e, "date"), text(e, "date_basis"), text(e, "party"),
                    text(e, "body"), evidence(e.get("evidence"))));
        }
        return out;
    }

    private static List<InstrumentMention> mentions(Object value) {
        List<InstrumentMention> out = new ArrayList<>();
        for (Map<?, ?> m : maps(value)) {
            Object year = m.get("year");
            out.add(new InstrumentMention(text(m, "name"), year instanceof Number n ? n.intValue() : null,
                    evidence(m.get("evidence"))));
        }
        return out;
    }

    private static Evidence evidence(Object value) {
        if (!(value instanceof Map<?, ?> e)) {
            return null;
        }
        return new Evidence(text(e, "value"), text(e, "sentence"), number(e, "start").intValue(),
                number(e, "end").intValue(), number(e, "confidence").doubleValue());
    }

    private static List<Map<?, ?>> maps(Object value) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(o -> out.add((Map<?, ?>) o));
        }
        return out;
    }

    private static Number number(Map<?, ?> m, String field) {
        return m.get(field) instanceof Number n ? n : 0;
    }

    private static String text(Map<?, ?> m, String field) {
        Object value = m.get(field);
        return value == null ? null : value.toString();
    }

    private static LocalDate date(Map<?, ?> m, String field) {
        String value = text(m, field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static List<String> strings(Map<?, ?> m, String field) {
        Object value = m.get(field);
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
