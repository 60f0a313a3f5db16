package org.pacta.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.config.PactaProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Reads an archived document's metadata (everything but its text) back from the index. */
@Component
class ArchivedDocuments {

    private final ElasticsearchClient client;
    private final String alias;

    ArchivedDocuments(ElasticsearchClient client, PactaProperties properties) {
        this.client = client;
        this.alias = properties.es().indexPrefix() + "-documents";
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> metadata(String id) {
        try {
            var response = client.get(g -> g.index(alias).id(id).sourceExcludes("body"), Map.class);
            return response.found() ? response.source() : Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
