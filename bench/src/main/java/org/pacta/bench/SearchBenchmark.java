package org.pacta.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import org.pacta.PactaServer;
import org.pacta.config.PactaProperties;
import org.pacta.core.search.DocumentReader;
import org.pacta.core.search.DocumentSearch;
import org.pacta.core.search.SearchRequest;
import org.pacta.core.search.SearchResult;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.pacta.elasticsearch.index.IndexAdmin;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Search latency through Pacta's API against the same queries sent straight to Elasticsearch, in
 * one run: a fixed, seeded mix of realistic searches (words, phrases, party and year filters, all
 * facets), C clients on loopback, interleaved phases, bounded in time and count.
 */
public final class SearchBenchmark {

    /** Latencies of one side. */
    public record Stats(String name, int requests, int errors, double qps, double p50, double p95, double p99) {
    }

    public record Result(long documents, int clients, int seconds, int queries, Stats api, Stats direct) {

        public void print(PrintStream out) {
            out.printf("  %d documents, %d clients, %d s per side in 2 interleaved phases, %d distinct queries, facets on%n",
                    documents, clients, seconds, queries);
            out.printf("  %-34s %9s %7s %8s %8s %8s %8s%n", "", "requests", "errors", "QPS", "p50 ms", "p95 ms", "p99 ms");
            for (Stats s : List.of(api, direct)) {
                out.printf("  %-34s %9d %7d %8.1f %8.1f %8.1f %8.1f%n", s.name(), s.requests(), s.errors(), s.qps(),
                        s.p50(), s.p95(), s.p99());
            }
            double ratio = api.p99() / direct.p99();
            out.printf("  API p99 / ES-direct p99            %.2f   target ≤ 1.30: %s%n", ratio, ratio <= 1.3 ? "met" : "MISSED");
            out.printf("  API p99                            %.1f ms target ≤ 100 ms: %s%n", api.p99(),
                    api.p99() <= 100 ? "met" : "MISSED");
        }
    }

    private static final List<String> WORDS = List.of("agreement", "trade", "tariff", "customs", "fisheries",
            "investment", "protocol", "cooperation", "services", "origin", "dispute", "goods", "quota", "agriculture",
            "textiles", "ratification", "memorandum", "defence", "energy", "transport", "Türkiye", "Turkiye", "Geneva");
    private static final List<String> PHRASES = List.of("\"most favoured nation\"", "\"rules of origin\"",
            "\"entry into force\"", "\"free trade area\"", "\"national treatment\"");
    private static final int MAX_REQUESTS_PER_PHASE = 200_000;

    private final PactaProperties properties;
    private final ElasticsearchConnection connection;
    private final PrintStream log;

    public SearchBenchmark(PactaProperties properties, ElasticsearchConnection connection, PrintStream log) {
        this.properties = properties;
        this.connection = connection;
        this.log = log;
    }

    public Result run(int documents, int clients, int seconds, long seed) {
        String prefix = properties.es().indexPrefix() + "-bench-search";
        String alias = new IndexAdmin(connection.client(), prefix).ensure(IndexDefinition.DOCUMENTS);
        long count = fill(alias, documents);
        ElasticsearchAdapters elasticsearch = new ElasticsearchAdapters(connection, prefix);
        List<SearchRequest> queries = queries(elasticsearch.documentReader(), seed);
        try (ConfigurableApplicationContext server = startServer(prefix)) {
            int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
            DocumentSearch direct = elasticsearch.documentSearch();
            Side api = apiSide(URI.create("http://127.0.0.1:" + port));
            Side es = new Side("ES direct (the same search request)", q -> direct.search(q) != null);
            log.println("Warming up…");
            measure(api, queries, clients, 3, MAX_REQUESTS_PER_PHASE);
            measure(es, queries, clients, 3, MAX_REQUESTS_PER_PHASE);
            api.reset();
            es.reset();
            for (int phase = 0; phase < 2; phase++) {
                log.printf("Phase %d of 2: API, then ES direct, %d s each%n", phase + 1, seconds / 2);
                measure(api, queries, clients, Math.max(1, seconds / 2), MAX_REQUESTS_PER_PHASE);
                measure(es, queries, clients, Math.max(1, seconds / 2), MAX_REQUESTS_PER_PHASE);
            }
            return new Result(count, clients, seconds, queries.size(), api.stats(), es.stats());
        }
    }

    /**
     * C clients sending the query mix to the Pacta API at {@code api} for {@code seconds}, or until
     * {@code maxRequests} have been sent; a request that fails or answers other than 200 is an error.
     */
    public static Stats searchApi(URI api, List<SearchRequest> queries, int clients, int seconds, int maxRequests) {
        Side side = apiSide(api);
        measure(side, queries, clients, seconds, maxRequests);
        return side.stats();
    }

    private static Side apiSide(URI api) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return new Side("API  GET /api/search", q -> {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                    api.resolve("/api/search?" + SearchUrls.of(q))).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        });
    }

    /** Grows the bench index to {@code documents} by copying the archive's documents under new ids. */
    @SuppressWarnings("unchecked")
    private long fill(String alias, int documents) {
        ElasticsearchClient client = connection.client();
        try {
            long have = client.count(c -> c.index(alias)).count();
            if (have >= documents) {
                log.printf("Reusing %s with %d documents%n", alias, have);
                return have;
            }
            String archive = IndexDefinition.DOCUMENTS.alias(properties.es().indexPrefix());
            List<Map<String, Object>> sources = new ArrayList<>();
            client.search(s -> s.index(archive).size(500), Map.class).hits().hits()
                    .forEach(h -> sources.add((Map<String, Object>) h.source()));
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("The archive " + archive + " is empty: ingest documents first "
                        + "(e.g. ./pacta ingest ../shared/bench); the search bench copies them");
            }
            log.printf("Filling %s to %d documents from %d archived ones…%n", alias, documents, sources.size());
            for (long next = have; next < documents; ) {
                BulkRequest.Builder bulk = new BulkRequest.Builder();
                int batch = 0;
                for (; batch < 100 && next < documents; batch++, next++) {
                    Map<String, Object> copy = new HashMap<>(sources.get((int) (next % sources.size())));
                    String id = String.format("%064x", next);
                    copy.put("content_sha256", id);
                    copy.remove("parent_sha256");
                    bulk.operations(o -> o.index(i -> i.index(alias).id(id).document(copy)));
                }
                BulkResponse response = client.bulk(bulk.build());
                if (response.errors()) {
                    throw new IllegalStateException("Bulk errors while filling the bench index: " + response.items().stream()
                            .filter(i -> i.error() != null).findFirst().map(i -> i.error().reason()).orElse("?"));
                }
            }
            client.indices().refresh(r -> r.index(alias));
            return client.count(c -> c.index(alias)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixed mix, the same for a given seed: words, phrases, party and year filters, sorts. */
    public static List<SearchRequest> queries(DocumentReader reader, long seed) {
        List<String> parties = reader.partyCounts().stream().limit(20).map(SearchResult.Bucket::key).toList();
        Random random = new Random(seed);
        List<SearchRequest> queries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String q = random.nextInt(10) < 2 ? null
                    : random.nextInt(6) == 0 ? PHRASES.get(random.nextInt(PHRASES.size()))
                    : WORDS.get(random.nextInt(WORDS.size())) + (random.nextBoolean() ? "" : " " + WORDS.get(random.nextInt(WORDS.size())));
            List<String> party = !parties.isEmpty() && random.nextInt(10) < 3
                    ? List.of(parties.get(random.nextInt(parties.size()))) : List.of();
            Integer from = random.nextInt(10) < 3 ? 1960 + random.nextInt(50) : null;
            Integer to = from == null ? null : from + random.nextInt(15);
            SearchRequest.Sort sort = random.nextInt(5) == 0 ? SearchRequest.Sort.SIGNED_DESC : SearchRequest.Sort.RELEVANCE;
            queries.add(new SearchRequest(q, party, true, from, to, List.of(), List.of(), List.of(), List.of(), sort, 0, 20, null));
        }
        return queries;
    }

    private ConfigurableApplicationContext startServer(String prefix) {
        return new SpringApplicationBuilder(PactaServer.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // As arguments: they must win over application.yml and the PACTA_* variables.
                .run("--server.port=0", "--server.address=127.0.0.1",
                        "--pacta.es.url=" + connection.settings().nodes().get(0),
                        "--pacta.es.index-prefix=" + prefix,
                        "--pacta.home=" + properties.home(),
                        "--logging.level.root=warn");
    }

    /** C clients send queries until the phase's time (or request cap) is up. Loopback only. */
    private static void measure(Side side, List<SearchRequest> queries, int clients, int seconds, int maxRequests) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    for (int n = 0; System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests; n++) {
                        side.send(queries.get((client * 31 + n * 7) % queries.size()));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Search bench failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
            side.addTime(System.nanoTime() - started);
        }
    }

    @FunctionalInterface
    private interface Query {
        boolean send(SearchRequest request) throws Exception;
    }

    /** One side's latencies, collected from all client threads. */
    private static final class Side {
        private final String name;
        private final Query query;
        private long[] latencies = new long[1024];
        private int count;
        private int errors;
        private long elapsedNanos;

        Side(String name, Query query) {
            this.name = name;
            this.query = query;
        }

        void send(SearchRequest request) {
            long start = System.nanoTime();
            boolean ok;
            try {
                ok = query.send(request);
            } catch (Exception e) {
                ok = false;
            }
            record(System.nanoTime() - start, ok);
        }

        private synchronized void record(long nanos, boolean ok) {
            if (!ok) {
                errors++;
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        synchronized void addTime(long nanos) {
            elapsedNanos += nanos;
        }

        synchronized void reset() {
            count = 0;
            errors = 0;
            elapsedNanos = 0;
        }

        synchronized Stats stats() {
            long[] sorted = Arrays.copyOf(latencies, count);
            Arrays.sort(sorted);
            return new Stats(name, count, errors, count / Math.max(1e-9, elapsedNanos / 1e9),
                    percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99));
        }

        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    /** The API's query string for a search request. */
    static final class SearchUrls {
        private SearchUrls() {
        }

        static String of(SearchRequest r) {
            StringBuilder url = new StringBuilder("size=" + r.size());
            if (r.hasQuery()) {
                url.append("&q=").append(URLEncoder.encode(r.query(), StandardCharsets.UTF_8));
            }
            r.parties().forEach(p -> url.append("&party=").append(URLEncoder.encode(p, StandardCharsets.UTF_8)));
            if (r.yearFrom() != null) {
                url.append("&year_from=").append(r.yearFrom());
            }
            if (r.yearTo() != null) {
                url.append("&year_to=").append(r.yearTo());
            }
            url.append("&sort=").append(r.sort().name().toLowerCase());
            return url.toString();
        }
    }
}
