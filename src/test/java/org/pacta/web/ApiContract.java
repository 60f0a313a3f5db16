package org.pacta.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The OpenAPI description a test's Pacta serves at {@code /api/docs}, as a contract: an answer to an API
 * operation must have a documented status, and its JSON must validate against the documented schema with
 * unknown properties disallowed (every object schema that lists its properties is closed).
 */
public final class ApiContract {

    private static final Map<Integer, ApiContract> BY_PORT = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonNode paths;
    private final ObjectNode defs;

    private ApiContract(JsonNode spec) {
        this.paths = spec.path("paths");
        JsonNode schemas = spec.path("components").path("schemas").deepCopy();
        this.defs = (ObjectNode) closed(rewriteRefs(schemas));
    }

    /** The contract of this OpenAPI description. */
    public static ApiContract of(JsonNode spec) {
        return new ApiContract(spec);
    }

    /** Checks an answer read with {@link java.net.http.HttpClient}; gives it back. */
    public static <T> HttpResponse<T> checked(int port, String method, HttpResponse<T> response) {
        return checked(port, method, response, null);
    }

    /** The same for a server whose {@code /api/docs} needs a key ({@code Authorization} value). */
    public static <T> HttpResponse<T> checked(int port, String method, HttpResponse<T> response, String authorization) {
        String target = response.uri().getRawPath() + (response.uri().getRawQuery() == null ? "" : "?" + response.uri().getRawQuery());
        if (target.startsWith("/api/") && !target.startsWith("/api/docs") && response.body() instanceof String body) {
            of(port, authorization).check(method, target, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body);
        }
        return response;
    }

    /** The contract of the Pacta on this port, read once. */
    public static ApiContract of(int port) {
        return of(port, null);
    }

    /** The contract of the Pacta on this port, read once, with this {@code Authorization} when it needs one. */
    public static ApiContract of(int port, String authorization) {
        return BY_PORT.computeIfAbsent(port, p -> {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + "/api/docs"));
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                HttpResponse<String> docs = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (docs.statusCode() != 200) {
                    throw new AssertionError("/api/docs → " + docs.statusCode());
                }
                return new ApiContract(JSON.readTree(docs.body()));
            } catch (IOException e) {
                throw new AssertionError("/api/docs: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        });
    }

    /** What is wrong with this answer by the contract (empty when it holds, or when no documented operation matches). */
    public List<String> violations(String method, String target, int status, String contentType, String body) {
        String path = target.split("\\?", 2)[0];
        JsonNode operation = operation(method, path);
        if (operation == null) {
            return List.of();
        }
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) {
            return List.of(method + " " + path + " answered " + status + ", which its operation does not document");
        }
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return List.of();
        }
        JsonNode media = content.path(type);
        if (media.isMissingNode() && onlyBinary(content)) {
            return List.of(); // a download documented as bytes comes with the file's own type
        }
        if (media.isMissingNode()) {
            List<String> documented = new ArrayList<>();
            content.fieldNames().forEachRemaining(documented::add);
            return List.of(method + " " + path + " " + status + " as " + type + ", documented: " + documented);
        }
        if (!type.endsWith("json") || media.path("schema").isMissingNode()) {
            return List.of();
        }
        ObjectNode schema = (ObjectNode) closed(rewriteRefs(media.path("schema").deepCopy()));
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.set("$defs", defs);
        Set<ValidationMessage> errors;
        try {
            errors = SCHEMAS.getSchema(schema).validate(JSON.readTree(body));
        } catch (IOException e) {
            return List.of(method + " " + path + " " + status + ": not JSON: " + e.getMessage());
        }
        return errors.stream().map(e -> method + " " + target + " " + status + ": " + e.getMessage()).toList();
    }

    /** Fails with every violation of this answer. */
    public void check(String method, String target, int status, String contentType, String body) {
        List<String> violations = violations(method, target, status, contentType, body);
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer breaks the OpenAPI contract at /api/docs:\n" + String.join("\n", violations)
                    + "\n" + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body));
        }
    }

    private static boolean onlyBinary(JsonNode content) {
        for (JsonNode media : content) {
            if (!"binary".equals(media.path("schema").path("format").asText())) {
                return false;
            }
        }
        return true;
    }

    private JsonNode operation(String method, String path) {
        Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String regex = Pattern.quote(entry.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex)) {
                JsonNode operation = entry.getValue().path(method.toLowerCase(Locale.ROOT));
                return operation.isMissingNode() ? null : operation;
            }
        }
        return null;
    }

    private static JsonNode rewriteRefs(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                object.put("$ref", ref.asText().replace("#/components/schemas/", "#/$defs/"));
            }
            object.fields().forEachRemaining(field -> rewriteRefs(field.getValue()));
        } else if (node.isArray()) {
            node.forEach(ApiContract::rewriteRefs);
        }
        return node;
    }

    /** Unknown properties disallowed: an object schema listing its properties admits no others. */
    private static JsonNode closed(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("properties")) {
                    closed(field.getValue());
                } else {
                    field.getValue().fields().forEachRemaining(property -> closed(property.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(ApiContract::closed);
        }
        return node;
    }
}
