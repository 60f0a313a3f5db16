package org.pacta.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.pacta.elasticsearch.archive.BulkSettings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The indexing ceiling: the JSON documents Pacta wrote, sent again with nothing but {@code _bulk}
 * requests of Pacta's size (500 documents / 8 MB), one in flight at a time, into an index with refresh
 * off, then one refresh. The request bodies are built once, before any timing, and are the same for
 * every round (the index is in the URL).
 */
final class RawBulk {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ContentType NDJSON = ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);

    private final List<byte[]> bodies;
    private final int documents;
    private final long sourceBytes;
    private final long pages;

    private RawBulk(List<byte[]> bodies, int documents, long sourceBytes, long pages) {
        this.bodies = List.copyOf(bodies);
        this.documents = documents;
        this.sourceBytes = sourceBytes;
        this.pages = pages;
    }

    /** Reads every document's {@code _source} from {@code index} (scrolling) and batches it into bulk bodies. */
    static RawBulk readFrom(RestClient client, String index, BulkSettings limits) {
        List<byte[]> bodies = new ArrayList<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int inBody = 0;
        int documents = 0;
        long sourceBytes = 0;
        long pages = 0;
        String scrollId = null;
        try {
            Request search = new Request("POST", "/" + index + "/_search");
            search.addParameter("scroll", "2m");
            search.setJsonEntity("{\"size\":100,\"sort\":[\"_doc\"]}");
            JsonNode page = read(client.performRequest(search));
            while (true) {
                scrollId = page.path("_scroll_id").asText(null);
                JsonNode hits = page.path("hits").path("hits");
                if (hits.isEmpty()) {
                    break;
                }
                for (JsonNode hit : hits) {
                    JsonNode source = hit.get("_source");
                    byte[] json = JSON.writeValueAsBytes(source);
                    ObjectNode action = JSON.createObjectNode();
                    action.putObject("index").put("_id", hit.get("_id").asText());
                    byte[] line = JSON.writeValueAsBytes(action);
                    long itemBytes = line.length + json.length + 2;
                    if (inBody > 0 && (inBody >= limits.maxOperations() || body.size() + itemBytes > limits.maxBytes())) {
                        bodies.add(body.toByteArray());
                        body.reset();
                        inBody = 0;
                    }
                    body.write(line);
                    body.write('\n');
                    body.write(json);
                    body.write('\n');
                    inBody++;
                    documents++;
                    sourceBytes += json.length;
                    if (!source.hasNonNull("parent_sha256") && isPaged(source.path("content_type").asText(""))) {
                        pages += source.path("pages").asLong(0);
                    }
                }
                Request scroll = new Request("POST", "/_search/scroll");
                scroll.setJsonEntity(JSON.writeValueAsString(JSON.createObjectNode().put("scroll", "2m")
                        .put("scroll_id", scrollId)));
                page = read(client.performRequest(scroll));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the documents of " + index + ": " + e.getMessage(), e);
        } finally {
            clearScroll(client, scrollId);
        }
        if (inBody > 0) {
            bodies.add(body.toByteArray());
        }
        return new RawBulk(bodies, documents, sourceBytes, pages);
    }

    private static boolean isPaged(String contentType) {
        return contentType.equals(RawTika.PDF) || contentType.equals(RawTika.DOCX);
    }

    /** Bulk-indexes every document into {@code index}, then refreshes it; throws if any item is refused. */
    void index(RestClient client, String index) {
        try {
            for (byte[] bodyBytes : bodies) {
                Request bulk = new Request("POST", "/" + index + "/_bulk");
                bulk.addParameter("filter_path", "errors,items.*.error");
                bulk.setEntity(new ByteArrayEntity(bodyBytes, NDJSON));
                JsonNode response = read(client.performRequest(bulk));
                if (response.path("errors").asBoolean(false)) {
                    JsonNode first = response.findValue("error");
                    throw new IllegalStateException("Elasticsearch refused documents of the raw bulk: " + first);
                }
            }
            client.performRequest(new Request("POST", "/" + index + "/_refresh"));
        } catch (IOException e) {
            throw new UncheckedIOException("Raw bulk into " + index + " failed: " + e.getMessage(), e);
        }
    }

    /** Turns periodic refresh off (before the clock starts). */
    static void refreshOff(RestClient client, String index) {
        try {
            Request settings = new Request("PUT", "/" + index + "/_settings");
            settings.setJsonEntity("{\"index\":{\"refresh_interval\":\"-1\"}}");
            client.performRequest(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long count(RestClient client, String index) {
        try {
            return read(client.performRequest(new Request("GET", "/" + index + "/_count"))).path("count").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int documents() {
        return documents;
    }

    long sourceBytes() {
        return sourceBytes;
    }

    /** Pages of the PDF and DOCX files, as Pacta's extraction counted them. */
    long pages() {
        return pages;
    }

    int requests() {
        return bodies.size();
    }

    private static JsonNode read(Response response) throws IOException {
        try (InputStream in = response.getEntity().getContent()) {
            return JSON.readTree(in);
        } finally {
            EntityUtils.consumeQuietly(response.getEntity());
        }
    }

    private static void clearScroll(RestClient client, String scrollId) {
        if (scrollId == null) {
            return;
        }
        try {
            Request clear = new Request("DELETE", "/_search/scroll");
            clear.setJsonEntity(JSON.writeValueAsString(JSON.createObjectNode().put("scroll_id", scrollId)));
            client.performRequest(clear);
        } catch (IOException | RuntimeException ignored) {
            // it expires on its own
        }
    }
}
