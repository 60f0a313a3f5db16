package org.pacta.web.support;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.pacta.core.search.QueryLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI description at {@code /api/docs}, made to match what the API answers: snake_case names as the
 * JSON has them, the query parameters the search endpoints read from the request, problem details for every
 * error, the API-key scheme, concrete media types, and one operationId and summary per operation.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String PROBLEM = "application/problem+json";
    static final String KEY = "ApiKey";

    /** The models' property names as the API's JSON has them (spring.jackson.property-naming-strategy). */
    @Bean
    ModelResolver snakeCaseModels() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    /** operationId and summary of each operation, by method and path. */
    private record Named(String operationId, String summary) {
    }

    private static final Map<String, Named> OPERATIONS = Map.ofEntries(
            Map.entry("GET /api/search", new Named("searchDocuments", "Search the documents, with facets")),
            Map.entry("GET /api/agreements", new Named("searchAgreements", "Search the agreements, with facets")),
            Map.entry("GET /api/agreements/{id}", new Named("getAgreement",
                    "One agreement: parties, per-party status, timeline, sources, related agreements")),
            Map.entry("GET /api/export", new Named("exportDocuments", "Every matching document's metadata, as CSV or JSON")),
            Map.entry("GET /api/parties", new Named("listParties", "Parties in the archive, for autocomplete")),
            Map.entry("GET /api/documents/{id}", new Named("getDocument", "One document: metadata, evidence and text")),
            Map.entry("GET /api/documents/{id}/original", new Named("getOriginal", "The stored original file")),
            Map.entry("GET /api/documents/{id}/passages", new Named("getPassages",
                    "A document's passages that hold the words, in text order; its table of contents without words")),
            Map.entry("DELETE /api/documents/{id}", new Named("deleteDocument", "Remove a document from the archive")),
            Map.entry("POST /api/documents", new Named("uploadDocuments", "Upload files to archive")),
            Map.entry("POST /api/ingest-jobs", new Named("startIngestJob", "Ingest a folder on the server")),
            Map.entry("GET /api/ingest-jobs", new Named("listIngestJobs", "This server's ingest jobs, newest first")),
            Map.entry("GET /api/ingest-jobs/{id}", new Named("getIngestJob", "An ingest job's state, counts and failures")),
            Map.entry("DELETE /api/ingest-jobs/{id}", new Named("cancelIngestJob",
                    "Stop a job after the files in hand; what it stored stays")));

    /** The operations bounded by PACTA_SEARCH_TIMEOUT: 503 when they found nothing in time. */
    private static final java.util.Set<String> SEARCHES = java.util.Set.of("GET /api/search", "GET /api/agreements");

    @Bean
    OpenApiCustomizer pactaApi() {
        return api -> {
            api.info(new Info().title("Pacta API").version("1")
                    .description("Full-text search over an archive of international agreements: documents and the "
                            + "agreements they make up, their parties, dates, places and status; uploads and server-side "
                            + "ingests. Reads are open unless the server sets read keys; writes need a write key. Every "
                            + "error is an RFC 9457 problem detail (application/problem+json).")
                    .license(new License().name("No licence granted yet: all rights reserved by the archive's owners")));
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            api.components(components);
            components.addSecuritySchemes(KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.HEADER).name("Authorization")
                    .description("'Authorization: ApiKey <key>'. Writes need a write key; reads need a read or write key "
                            + "only when the server sets read keys (PACTA_READ_KEYS)."));
            components.addSchemas("Problem", problemSchema());
            AnswerSchemas.all().forEach(components::addSchemas);
            nullable(components, "SearchHit", "title", "title_highlight", "signed_date", "signed_place", "status", "type",
                    "language", "file_name", "content_type");
            nullable(components, "SearchResults", "next");
            nullable(components, "Passage", "heading", "page", "snippet");
            nullable(components, "AgreementResults", "next");
            nullable(components, "Uploaded", "id", "reason", "message");
            nullable(components, "View", "started_at", "finished_at", "files_per_second", "eta_seconds", "bytes_read",
                    "agreements", "error", "report");
            nullable(components, "Failure", "reason", "message");
            nullable(components, "PassageRef", "heading");
            nullable(components, "SharedTextDocument", "title", "file_name", "agreement_id");
            nullable(components, "SharedTextComparison", "title", "other_title");
            nullable(components, "SharedTextAgreement", "agreement_id", "title");
            nullable(components, "DiffSegment", "here", "there");
            nullable(components, "WatchStatus", "watching_since", "last_batch_at", "last_error");
            Schema<?> uploaded = components.getSchemas().get("Uploaded");
            if (uploaded != null && uploaded.getProperties() != null) {
                uploaded.getProperties().put("metadata", ref("DocumentMetadata"));
            }
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    describe(method.name() + " " + path, method, operation)));
            components.getSchemas().remove("StreamingResponseBody"); // the export's body, described by its media types
            closeAnswers(api);
        };
    }

    private static void describe(String key, PathItem.HttpMethod method, Operation operation) {
        Named named = OPERATIONS.get(key);
        if (named != null) {
            operation.operationId(named.operationId()).summary(named.summary());
        }
        boolean write = method != PathItem.HttpMethod.GET;
        operation.security(write ? List.of(new SecurityRequirement().addList(KEY))
                : List.of(new SecurityRequirement(), new SecurityRequirement().addList(KEY)));
        switch (key) {
            case "GET /api/search" -> searchParameters(operation, true, true);
            case "GET /api/agreements" -> searchParameters(operation, false, true);
            case "GET /api/export" -> {
                searchParameters(operation, true, false);
                operation.addParametersItem(query("format", "csv (default) or json",
                        new StringSchema()._enum(List.of("csv", "json"))._default("csv")));
                operation.getResponses().get("200").content(new Content()
                        .addMediaType("text/csv", new MediaType().schema(new StringSchema()))
                        .addMediaType("application/json", new MediaType().schema(new ArraySchema().items(ref("ExportRow")))));
            }
            case "GET /api/documents/{id}" -> json(operation, "Document");
            case "GET /api/agreements/{id}" -> json(operation, "Agreement");
            case "GET /api/documents/{id}/original" -> operation.getResponses().get("200").content(new Content()
                    .addMediaType("application/octet-stream", new MediaType().schema(new BinarySchema())))
                    .description("The original's bytes, served with the original's own content type (application/pdf, "
                            + "text/plain, …; application/octet-stream when unknown) and file name (Content-Disposition)");
            case "POST /api/ingest-jobs" -> {
                ApiResponse ok = operation.getResponses().remove("200");
                operation.getResponses().addApiResponse("202", ok.description("Accepted: the job runs in the background")
                        .addHeaderObject("Location", new Header().description("The job's URL, to follow its counts")
                                .schema(new StringSchema())));
            }
            case "DELETE /api/ingest-jobs/{id}" -> {
                ApiResponse ok = operation.getResponses().remove("200");
                operation.getResponses().addApiResponse("202", ok.description("Accepted: the job stops after the files "
                        + "in hand; follow it until its state is cancelled"));
            }
            case "POST /api/documents" -> operation.getRequestBody().content(new Content().addMediaType("multipart/form-data",
                    new MediaType().schema(new ObjectSchema().addRequiredItem("files").addProperty("files",
                            new ArraySchema().items(new BinarySchema()).description("The files to archive")))));
            default -> {
            }
        }
        ApiResponses responses = operation.getResponses();
        problem(responses, "400", "Bad request: a parameter or the body is not valid");
        problem(responses, "401", "An API key is needed: writes always, reads when the server sets read keys");
        problem(responses, "403", "This API key is not allowed");
        if (key.equals("DELETE /api/documents/{id}")) {
            problem(responses, "409", "The document is a member of an archive: delete the archive");
        }
        if (key.contains("{id}")) {
            problem(responses, "404", "No such item");
        }
        if (SEARCHES.contains(key)) {
            problem(responses, "503", "The search found nothing before PACTA_SEARCH_TIMEOUT: try again after Retry-After");
        }
        if (write) {
            problem(responses, "429", "Too many writes from this address: see Retry-After");
        }
        if (key.equals("POST /api/documents")) {
            problem(responses, "413", "Over the upload size limit");
            problem(responses, "415", "A file is not a document, mail, archive, image or text");
        }
        if (key.equals("POST /api/ingest-jobs")) {
            problem(responses, "415", "The body is not application/json");
        }
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    /** The 200 answer of an operation whose controller builds a map: described by a component schema. */
    private static void json(Operation operation, String schema) {
        operation.getResponses().get("200").content(new Content()
                .addMediaType("application/json", new MediaType().schema(ref(schema))));
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType(PROBLEM, new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        }
    }

    private static void searchParameters(Operation operation, boolean language, boolean paging) {
        List<Parameter> parameters = new ArrayList<>(operation.getParameters() == null ? List.of() : operation.getParameters());
        parameters.add(query("q", "Words, \"phrases\", -exclusions, OR, prefix*; at most "
                + QueryLimits.MAX_LENGTH + " characters, " + QueryLimits.MAX_TERMS + " terms and "
                + QueryLimits.MAX_PREFIX_TERMS + " prefix terms of " + QueryLimits.MIN_PREFIX_LENGTH
                + " or more characters before the * (else 400, naming the limit)", new StringSchema()));
        parameters.add(repeated("party", "A party's code or name in any language (Turquie → TUR); repeatable"));
        parameters.add(query("party_mode", "all (default): every party given must be a party; any: one is enough",
                new StringSchema()._enum(List.of("all", "any"))._default("all")));
        parameters.add(query("year_from", "Signed in or after this year", new IntegerSchema()));
        parameters.add(query("year_to", "Signed in or before this year", new IntegerSchema()));
        parameters.add(repeated("status", "Status; repeatable"));
        parameters.add(repeated("type", "Type of agreement; repeatable"));
        parameters.add(repeated("place", "Place of signature; repeatable"));
        if (language) {
            parameters.add(repeated("language", "Language of the document; repeatable"));
        }
        parameters.add(query("shares_text_with", "A document's id: only the documents that share text with it "
                + "(GET /api/documents/{id}/shared-text), or the agreements that hold one", new StringSchema()));
        if (paging) {
            parameters.add(query("sort", "Order of the hits", new StringSchema()
                    ._enum(List.of("relevance", "signed_desc", "signed_asc"))._default("relevance")));
            parameters.add(query("page", "Page number from 0; page × size reaches the first 10,000 hits",
                    new IntegerSchema().minimum(java.math.BigDecimal.ZERO)._default(0)));
            parameters.add(query("size", "Hits per page", new IntegerSchema().minimum(java.math.BigDecimal.ONE)
                    .maximum(java.math.BigDecimal.valueOf(100))._default(20)));
            parameters.add(query("search_after", "The previous page's 'next' cursor (same sort), for deeper pages",
                    new StringSchema()));
        }
        operation.parameters(parameters);
    }

    private static Parameter query(String name, String description, Schema<?> schema) {
        return new Parameter().in("query").name(name).description(description).required(false).schema(schema);
    }

    private static Parameter repeated(String name, String description) {
        return new Parameter().in("query").name(name).description(description).required(false).explode(true)
                .schema(new ArraySchema().items(new StringSchema()));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addRequiredItem("title").addRequiredItem("status")
                .addProperty("type", new StringSchema().description("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("What was wrong, in words a person can act on"))
                .addProperty("instance", new StringSchema());
    }

    /**
     * Every object the API answers has a fixed shape: a component schema that lists its properties admits no others
     * ({@code additionalProperties: false}), as {@code ApiContract} checks. Request bodies stay open (the server
     * ignores properties it does not know).
     */
    private static void closeAnswers(OpenAPI api) {
        Set<String> requests = new java.util.HashSet<>();
        api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> {
                    if (media.getSchema() != null && media.getSchema().get$ref() != null) {
                        requests.add(media.getSchema().get$ref().replace("#/components/schemas/", ""));
                    }
                });
            }
        }));
        api.getComponents().getSchemas().forEach((name, schema) -> {
            if (!requests.contains(name) && schema.getProperties() != null && schema.getAdditionalProperties() == null) {
                schema.setAdditionalProperties(Boolean.FALSE);
            }
        });
    }

    @SuppressWarnings("rawtypes")
    private static void nullable(Components components, String schemaName, String... properties) {
        Schema<?> schema = components.getSchemas() == null ? null : components.getSchemas().get(schemaName);
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        for (String name : properties) {
            Schema property = schema.getProperties().get(name);
            if (property != null && property.get$ref() == null) {
                Set<String> types = new java.util.LinkedHashSet<>(property.getTypes() == null
                        ? Set.of(property.getType() == null ? "string" : property.getType()) : property.getTypes());
                types.add("null");
                property.types(types);
                property.type(null);
            }
        }
    }
}
