package org.pacta.elasticsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Creates Pacta's versioned indices and their aliases from {@code mappings/} when they are missing. */
public final class IndexAdmin {

    private static final Logger log = LoggerFactory.getLogger(IndexAdmin.class);

    private final ElasticsearchClient client;
    private final String prefix;

    public IndexAdmin(ElasticsearchClient client, String prefix) {
        if (!prefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("Index prefix must be lower-case letters, digits, - or _: " + prefix);
        }
        this.client = client;
        this.prefix = prefix;
    }

    /**
     * The index settings that can change on an open index without a reindex: kept as the mapping file
     * says on an existing index, like new fields.
     */
    private static final List<String> DYNAMIC_SETTINGS = List.of("highlight");

    /**
     * Makes sure the alias exists, creating the current index version behind it if needed, and that
     * an existing index has every field of the mapping file (fields are only ever added within a
     * version) and its {@link #DYNAMIC_SETTINGS}; returns the alias.
     */
    public String ensure(IndexDefinition index) {
        String alias = index.alias(prefix);
        try {
            if (exists(index)) {
                addNewFields(index, alias);
                updateDynamicSettings(index, alias);
                return alias;
            }
            String concrete = index.concreteIndex(prefix);
            try (InputStream json = mapping(index)) {
                client.indices().create(c -> c.index(concrete).withJson(json)
                        .aliases(alias, a -> a.isWriteIndex(true)));
            }
            log.info("Created index {} behind alias {}", concrete, alias);
            return alias;
        } catch (ElasticsearchException e) {
            if ("resource_already_exists_exception".equals(e.error().type())) {
                return alias; // another process created it first
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create index " + alias, e);
        }
    }

    /** Whether the index's alias exists: something was written under this prefix. */
    public boolean exists(IndexDefinition index) throws IOException {
        return client.indices().existsAlias(a -> a.name(index.alias(prefix))).value();
    }

    private void addNewFields(IndexDefinition index, String alias) throws IOException {
        JsonNode mappings;
        try (InputStream json = mapping(index)) {
            mappings = new ObjectMapper().readTree(json).path("mappings");
        }
        try (InputStream body = new java.io.ByteArrayInputStream(new ObjectMapper().writeValueAsBytes(mappings))) {
            client.indices().putMapping(p -> p.index(alias).withJson(body));
        } catch (ElasticsearchException e) {
            throw new IllegalStateException("The index behind " + alias + " has a mapping that the current "
                    + index.mappingResource() + " cannot extend (" + e.getMessage() + "); rebuild it with a new version", e);
        }
    }

    private void updateDynamicSettings(IndexDefinition index, String alias) throws IOException {
        JsonNode settings;
        try (InputStream json = mapping(index)) {
            settings = new ObjectMapper().readTree(json).path("settings").path("index");
        }
        ObjectNode dynamic = new ObjectMapper().createObjectNode();
        DYNAMIC_SETTINGS.stream().filter(settings::has).forEach(name -> dynamic.set(name, settings.get(name)));
        if (dynamic.isEmpty()) {
            return;
        }
        try (InputStream body = new java.io.ByteArrayInputStream(new ObjectMapper().writeValueAsBytes(dynamic))) {
            client.indices().putSettings(p -> p.index(alias).withJson(body));
        }
    }

    /** Deletes the concrete index of this version (tests and rebuilds). */
    public void delete(IndexDefinition index) {
        try {
            String concrete = index.concreteIndex(prefix);
            if (client.indices().exists(e -> e.index(concrete)).value()) {
                client.indices().delete(d -> d.index(concrete));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream mapping(IndexDefinition index) {
        InputStream in = IndexAdmin.class.getClassLoader().getResourceAsStream(index.mappingResource());
        if (in == null) {
            throw new IllegalStateException("Mapping file missing from the classpath: " + index.mappingResource());
        }
        return in;
    }
}
