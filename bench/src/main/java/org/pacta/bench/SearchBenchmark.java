package org.pacta.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.pacta.PactaServer;
import org.pacta.config.PactaProperties;
import org.pacta.core.search.DocumentPassages;
import org.pacta.core.search.DocumentReader;
import org.pacta.core.search.DocumentSearch;
import org.pacta.core.search.SearchRequest;
import org.pacta.core.search.SearchResult;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.pacta.elasticsearch.archive.ElasticsearchArchive;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.metadata.parties.Gazetteer;
import org.pacta.metadata.passages.StructuredPassages;
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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Search latency at archive scale through Pacta's API against the same searches sent straight to
 * Elasticsearch (Pacta's own search adapter, without HTTP), in one run: an archive of N generated
 * documents ({@link ScaleArchive}, reused when it is already that big), then a fixed, seeded mix of
 * what a researcher does (words, phrases, a party filter by name, a year range, facets on every
 * search, a deep page, a document's passages) at each number of clients, API and ES-direct phases
 * interleaved, bounded in time and count, on loopback.
 */
public final class SearchBenchmark {

    /** Latencies of one side. */
    public record Stats(String name, int requests, int errors, double qps, double p50, double p95, double p99) {
    }

    /** Both sides at one number of clients. */
    public record Level(int clients, Stats api, Stats direct) {

        double ratio() {
            return api.p99() / direct.p99();
        }
    }

    /**
     * @param indexBytes    the documents' and passages' indices on disk (primaries)
     * @param nodeHeapBytes the node's heap in use after the run, and its maximum
     */
    public record Result(long documents, long passages, int seconds, int queries, List<Level> levels, long indexBytes,
                         long nodeHeapUsed, long nodeHeapMax) {

        public Stats api() {
            return levels.get(levels.size() - 1).api();
        }

        public Stats direct() {
            return levels.get(levels.size() - 1).direct();
        }

        public void print(PrintStream out) {
            out.printf("  %,d documents, %,d passages; %d s per side and level in 2 interleaved phases; %d distinct requests, facets on%n",
                    documents, passages, seconds, queries);
            out.printf("  index on disk: %.1f MB (%,d bytes per document); node heap %.0f of %.0f MB after the run%n",
                    indexBytes / 1e6, documents == 0 ? 0 : indexBytes / documents, nodeHeapUsed / 1e6, nodeHeapMax / 1e6);
            out.printf("  %-9s %-34s %9s %7s %8s %8s %8s %8s%n", "clients", "", "requests", "errors", "QPS", "p50 ms",
                    "p95 ms", "p99 ms");
            for (Level level : levels) {
                for (Stats s : List.of(level.api(), level.direct())) {
                    out.printf("  %-9d %-34s %9d %7d %8.1f %8.1f %8.1f %8.1f%n", level.clients(), s.name(), s.requests(),
                            s.errors(), s.qps(), s.p50(), s.p95(), s.p99());
                }
                out.printf("  %-9d API p99 / ES-direct p99 %.2f%n", level.clients(), level.ratio());
            }
            Level busiest = levels.stream().max(java.util.Comparator.comparingInt(Level::clients)).orElseThrow();
            Level single = levels.stream().min(java.util.Comparator.comparingInt(Level::clients)).orElseThrow();
            out.printf("  targets at %d clients: API p99 %.1f ms (≤ 100: %s), API/ES p99 %.2f (≤ 1.30: %s), errors %d (0: %s)%n",
                    busiest.clients(), busiest.api().p99(), busiest.api().p99() <= 100 ? "met" : "MISSED",
                    busiest.ratio(), busiest.ratio() <= 1.3 ? "met" : "MISSED",
                    busiest.api().errors(), busiest.api().errors() == 0 ? "met" : "MISSED");
            out.printf("  target at %d client: API p50 %.1f ms (≤ 30: %s)%n", single.clients(), single.api().p50(),
                    single.api().p50() <= 30 ? "met" : "MISSED");
        }
    }

    private static final List<String> WORDS = List.of("agreement", "trade", "tariff", "customs", "fisheries",
            "investment", "protocol", "cooperation", "services", "origin", "dispute", "goods", "quota", "agriculture",
            "textiles", "ratification", "memorandum", "defence", "energy", "transport", "Türkiye", "Turkiye", "Geneva",
            "arbitration", "safeguard", "subsidies", "procurement", "sanitary");
    private static final List<String> PHRASES = List.of("\"most favoured nation\"", "\"rules of origin\"",
            "\"entry into force\"", "\"free trade area\"", "\"national treatment\"", "\"dispute settlement\"");
    private static final int MAX_REQUESTS_PER_PHASE = 200_000;
    private static final int DEEP_PAGE = 40;

    private final PactaProperties properties;
    private final ElasticsearchConnection connection;
    private final PrintStream log;

    public SearchBenchmark(PactaProperties properties, ElasticsearchConnection connection, PrintStream log) {
        this.properties = properties;
        this.connection = connection;
        this.log = log;
    }

    /** @param clientLevels the numbers of concurrent clients to measure, one after the other */
    public Result run(int documents, List<Integer> clientLevels, int seconds, long seed) {
        String prefix = properties.es().indexPrefix() + "-bench-scale";
        ElasticsearchClient client = connection.client();
        ElasticsearchArchive archive = new ElasticsearchArchive(client, prefix);
        String documentsAlias = IndexDefinition.DOCUMENTS.alias(prefix);
        String passagesAlias = IndexDefinition.PASSAGES.alias(prefix);
        long count = fill(archive, documentsAlias, documents, seed);
        ElasticsearchAdapters elasticsearch = new ElasticsearchAdapters(connection, prefix);
        List<Request> requests = requests(elasticsearch, documentIds(documentsAlias, 100), seed);
        List<Level> levels = new ArrayList<>();
        try (ConfigurableApplicationContext server = startServer(prefix)) {
            URI api = URI.create("http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port"));
            for (int clients : clientLevels) {
                Side<Request> viaApi = apiSide(api, Request::apiPath);
                Side<Request> direct = new Side<>("ES direct (the same searches)", request -> request.direct().call());
                log.printf("%d client(s): warming up…%n", clients);
                measure(viaApi, requests, clients, 5, MAX_REQUESTS_PER_PHASE);
                measure(direct, requests, clients, 5, MAX_REQUESTS_PER_PHASE);
                viaApi.reset();
                direct.reset();
                for (int phase = 0; phase < 2; phase++) {
                    log.printf("%d client(s), phase %d of 2: API, then ES direct, %d s each%n", clients, phase + 1,
                            Math.max(1, seconds / 2));
                    measure(viaApi, requests, clients, Math.max(1, seconds / 2), MAX_REQUESTS_PER_PHASE);
                    measure(direct, requests, clients, Math.max(1, seconds / 2), MAX_REQUESTS_PER_PHASE);
                }
                levels.add(new Level(clients, viaApi.stats(), direct.stats()));
            }
        }
        try {
            long indexBytes = 0;
            for (String alias : List.of(documentsAlias, passagesAlias)) {
                var stats = client.indices().stats(st -> st.index(alias).metric("store"));
                indexBytes += stats.all().primaries().store().sizeInBytes();
            }
            long passages = client.count(c -> c.index(passagesAlias)).count();
            var jvm = client.nodes().stats(n -> n.metric("jvm")).nodes().values().iterator().next().jvm().mem();
            return new Result(count, passages, seconds, requests.size(), levels, indexBytes,
                    jvm.heapUsedInBytes(), jvm.heapMaxInBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One request of the mix: its address on the API, and the same search through Pacta's adapter. */
    record Request(String apiPath, Callable<Boolean> direct) {
    }

    /**
     * C clients sending the query mix to the Pacta API at {@code api} for {@code seconds}, or until
     * {@code maxRequests} have been sent; a request that fails or answers other than 200 is an error.
     */
    public static Stats searchApi(URI api, List<SearchRequest> queries, int clients, int seconds, int maxRequests) {
        Side<SearchRequest> side = apiSide(api, q -> "/api/search?" + SearchUrls.of(q));
        measure(side, queries, clients, seconds, maxRequests);
        return side.stats();
    }

    private static <T> Side<T> apiSide(URI api, Function<T, String> path) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return new Side<>("API  GET /api/…", request -> {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(api.resolve(path.apply(request))).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        });
    }

    /** Grows the bench archive to {@code documents} generated documents; reuses what is there. */
    private long fill(ElasticsearchArchive archive, String alias, int documents, long seed) {
        ElasticsearchClient client = connection.client();
        try {
            client.indices().refresh(r -> r.index(alias));
            long have = client.count(c -> c.index(alias)).count();
            if (have >= documents) {
                log.printf("Reusing %s with %,d documents%n", alias, have);
                return have;
            }
            String source = IndexDefinition.DOCUMENTS.alias(properties.es().indexPrefix());
            ScaleArchive scale = new ScaleArchive(client, new StructuredPassages(), log);
            List<ScaleArchive.Source> sources = scale.sources(source);
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("The archive " + source + " has no text to cut documents from: "
                        + "ingest some first (./pacta ingest ../shared/bench)");
            }
            log.printf("Writing documents %,d to %,d of %s, cut from %d archived texts…%n", have, documents, alias,
                    sources.size());
            long started = System.nanoTime();
            scale.write(archive, sources, have, documents, seed, Math.max(1, Runtime.getRuntime().availableProcessors()));
            log.printf("Written in %.0f s%n", (System.nanoTime() - started) / 1e9);
            return client.count(c -> c.index(alias)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> documentIds(String alias, int count) {
        try {
            return connection.client().search(s -> s.index(alias).size(count).source(src -> src.fetch(false))
                            .sort(o -> o.field(f -> f.field("content_sha256").order(SortOrder.Asc))), Map.class)
                    .hits().hits().stream().map(Hit::id).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The researcher's mix: searches of every kind (through the API's parameters and the adapter), and documents' passages. */
    private static List<Request> requests(ElasticsearchAdapters elasticsearch, List<String> documentIds, long seed) {
        DocumentSearch search = elasticsearch.documentSearch();
        DocumentPassages passages = elasticsearch.documentPassages();
        Gazetteer names = new Gazetteer();
        Random random = new Random(seed);
        List<Request> requests = new ArrayList<>();
        for (SearchRequest query : queries(elasticsearch.documentReader(), seed)) {
            // A party given by name, as a person types it; the adapter gets the code the API resolves it to.
            String byName = SearchUrls.of(query, code -> names.displayName(code, Locale.ENGLISH));
            requests.add(new Request("/api/search?" + byName, () -> search.search(query) != null));
        }
        for (int i = 0; i < 20; i++) {
            SearchRequest deep = new SearchRequest(WORDS.get(random.nextInt(WORDS.size())), List.of(), true, null, null,
                    List.of(), List.of(), List.of(), List.of(), SearchRequest.Sort.RELEVANCE, DEEP_PAGE, 20, null);
            requests.add(new Request("/api/search?" + SearchUrls.of(deep), () -> search.search(deep) != null));
        }
        for (int i = 0; i < 30 && !documentIds.isEmpty(); i++) {
            String id = documentIds.get(random.nextInt(documentIds.size()));
            String words = WORDS.get(random.nextInt(WORDS.size()));
            requests.add(new Request("/api/documents/" + id + "/passages?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8),
                    () -> passages.of(id, words) != null));
        }
        Collections.shuffle(requests, random);
        return requests;
    }

    /** A fixed mix of searches, the same for a given seed: words, phrases, party and year filters, sorts. */
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

    /** C clients send requests until the phase's time (or request cap) is up. Loopback only. */
    private static <T> void measure(Side<T> side, List<T> requests, int clients, int seconds, int maxRequests) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicInteger sent = new AtomicInteger();
        long started = System.nanoTime();
        try {
            Workers.run(clients, "Search bench", client -> {
                for (int n = 0; System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests; n++) {
                    side.send(requests.get((client * 31 + n * 7) % requests.size()));
                }
            });
        } finally {
            side.addTime(System.nanoTime() - started);
        }
    }

    @FunctionalInterface
    private interface Sender<T> {
        boolean send(T request) throws Exception;
    }

    /** One side's latencies, collected from all client threads. */
    private static final class Side<T> {
        private final String name;
        private final Sender<T> sender;
        private long[] latencies = new long[1024];
        private int count;
        private int errors;
        private long elapsedNanos;

        Side(String name, Sender<T> sender) {
            this.name = name;
            this.sender = sender;
        }

        void send(T request) {
            long start = System.nanoTime();
            boolean ok;
            try {
                ok = sender.send(request);
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
            return of(r, Function.identity());
        }

        /** @param party what the URL gives for a party code: the code, or a name the API resolves */
        static String of(SearchRequest r, Function<String, String> party) {
            StringBuilder url = new StringBuilder("size=" + r.size());
            if (r.page() > 0) {
                url.append("&page=").append(r.page());
            }
            if (r.hasQuery()) {
                url.append("&q=").append(URLEncoder.encode(r.query(), StandardCharsets.UTF_8));
            }
            r.parties().forEach(p -> url.append("&party=").append(URLEncoder.encode(party.apply(p), StandardCharsets.UTF_8)));
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
