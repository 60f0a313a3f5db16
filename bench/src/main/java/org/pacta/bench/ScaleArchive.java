package org.pacta.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.ArchiveDocument;
import org.pacta.core.document.PassageReader;
import org.pacta.core.ingest.ArchiveSession;
import org.pacta.core.ingest.CatalogEntry;
import org.pacta.elasticsearch.archive.ElasticsearchArchive;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An archive of any size made from the texts of a real one, without Tika: each generated document
 * is a slice of one archived text (several, for the longest), with its own id, title, parties,
 * signing date, status and size, cut into passages and written through Pacta's own archive session.
 *
 * <p>Sizes follow a skewed mix like a real archive's: 60 % 2–12 KB (notes, memoranda, news), 30 %
 * 12–50 KB, 9.5 % 50–150 KB, 0.5 % 0.5–1.2 MB (the long trade treaties). Titles get a variant
 * ("Protocol No. 3 to …", "(consolidated 1998)"), half of the documents swap one party for
 * another party of the archive, dates move by up to 25 years, statuses are drawn with weights.
 */
final class ScaleArchive {

    /** One archived text the generated documents are cut from. */
    record Source(String title, String body, List<String> parties, LocalDate signed, String place, String type, String language) {
    }

    private static final int MIN_SOURCE_CHARS = 2_000;
    private static final List<String> STATUSES = List.of("in_force", "in_force", "in_force", "signed", "signed",
            "ratified", "terminated", "provisional");
    private static final Instant INGESTED = Instant.parse("2026-01-01T00:00:00Z");

    private final ElasticsearchClient client;
    private final PassageReader passages;
    private final PrintStream log;

    ScaleArchive(ElasticsearchClient client, PassageReader passages, PrintStream log) {
        this.client = client;
        this.passages = passages;
        this.log = log;
    }

    /** The texts of the archive behind {@code documentsAlias} that are long enough to cut documents from. */
    @SuppressWarnings("unchecked")
    List<Source> sources(String documentsAlias) {
        List<Source> sources = new ArrayList<>();
        List<FieldValue> after = null;
        try {
            while (true) {
                List<FieldValue> from = after;
                List<Hit<Map>> hits = client.search(s -> {
                    s.index(documentsAlias).size(50)
                            .source(src -> src.filter(f -> f.includes("title", "body", "parties", "signed_date", "signed_place", "type", "language")))
                            .sort(o -> o.field(f -> f.field("content_sha256").order(SortOrder.Asc)));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, Map.class).hits().hits();
                for (Hit<Map> hit : hits) {
                    Map<String, Object> s = hit.source();
                    String body = (String) s.get("body");
                    if (body != null && body.length() >= MIN_SOURCE_CHARS) {
                        sources.add(new Source((String) s.getOrDefault("title", "Agreement"), body,
                                s.get("parties") instanceof List<?> p ? (List<String>) p : List.of(),
                                s.get("signed_date") instanceof String d ? LocalDate.parse(d) : null,
                                (String) s.get("signed_place"), (String) s.get("type"), (String) s.get("language")));
                    }
                }
                if (hits.size() < 50) {
                    return sources;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes documents {@code from} to {@code to - 1} (the same for a given seed), on {@code threads} threads. */
    void write(ElasticsearchArchive archive, List<Source> sources, long from, long to, long seed, int threads) {
        Set<String> partyPool = new TreeSet<>();
        sources.forEach(s -> partyPool.addAll(s.parties()));
        List<String> parties = List.copyOf(partyPool);
        AtomicLong next = new AtomicLong(from);
        AtomicLong characters = new AtomicLong();
        long started = System.nanoTime();
        try (ArchiveSession session = archive.openSession(new ArchiveSession.Listener() {
            public void stored(CatalogEntry file) {
            }

            public void rejected(CatalogEntry file, String reason) {
                throw new IllegalStateException("The archive refused " + file.path() + ": " + reason);
            }
        })) {
            Workers.run(threads, "Generating the bench archive", worker -> {
                for (long n = next.getAndIncrement(); n < to; n = next.getAndIncrement()) {
                    ArchiveDocument document = generate(n, sources, parties, seed);
                    characters.addAndGet(document.body().length());
                    session.store(List.of(document), new CatalogEntry("/bench/generated/" + n + ".txt",
                            document.sizeBytes(), INGESTED.toEpochMilli(), document.id(), "", INGESTED));
                    if (n % 5_000 == 0 && n > from) {
                        double seconds = (System.nanoTime() - started) / 1e9;
                        log.printf("  %,d documents generated (%.0f MB of text, %.0f docs/s)%n", n,
                                characters.get() / 1e6, (n - from) / seconds);
                    }
                }
            });
        }
    }

    ArchiveDocument generate(long n, List<Source> sources, List<String> partyPool, long seed) {
        Random random = new Random(seed * 1_000_003L + n);
        Source base = sources.get(random.nextInt(sources.size()));
        String body = text(base, sources, size(random), random);
        List<String> parties = new ArrayList<>(base.parties());
        if (!parties.isEmpty() && !partyPool.isEmpty() && random.nextBoolean()) {
            parties.set(random.nextInt(parties.size()), partyPool.get(random.nextInt(partyPool.size())));
        }
        LocalDate signed = (base.signed() != null ? base.signed() : LocalDate.of(1990, 1, 1))
                .plusDays(random.nextInt(365 * 50) - 365 * 25L);
        String status = STATUSES.get(random.nextInt(STATUSES.size()));
        // Places as archived (some 100 in shared/bench), so the place facet has its real number of values.
        AgreementMetadata metadata = new AgreementMetadata(title(base.title(), random, signed), List.copyOf(parties),
                signed, base.place(), status, base.type(), null, null, null, null, Set.of(), null, null, null, null, "text");
        String id = HexFormat.of().formatHex(sha256("bench-" + seed + "-" + n));
        return new ArchiveDocument(id, null, null, n + ".txt", List.of("/bench/generated/" + n + ".txt"), "text/plain",
                body.getBytes(StandardCharsets.UTF_8).length, null, body, false, base.language(), List.of(), INGESTED,
                metadata, passages.read(body, "text", List.of()));
    }

    /** Characters of one document: skewed like a real archive's, with a tail of treaties of a megabyte. */
    static int size(Random random) {
        int draw = random.nextInt(1000);
        if (draw < 600) {
            return 2_000 + random.nextInt(10_000);
        } else if (draw < 900) {
            return 12_000 + random.nextInt(38_000);
        } else if (draw < 995) {
            return 50_000 + random.nextInt(100_000);
        }
        return 500_000 + random.nextInt(700_000);
    }

    /** A slice of the base text from a random line start; longer documents go on with other texts. */
    private static String text(Source base, List<Source> sources, int size, Random random) {
        StringBuilder text = new StringBuilder(size + 1_000);
        Source source = base;
        while (text.length() < size) {
            String body = source.body();
            int start = body.length() > size ? lineStart(body, random.nextInt(body.length() - Math.min(size, body.length()) + 1)) : 0;
            int end = Math.min(body.length(), start + size - text.length());
            text.append(body, start, end);
            if (text.length() < size) {
                text.append("\n\n");
                source = sources.get(random.nextInt(sources.size()));
            }
        }
        return text.toString();
    }

    private static int lineStart(String body, int at) {
        int newline = body.lastIndexOf('\n', at);
        return newline < 0 ? 0 : newline + 1;
    }

    private static String title(String title, Random random, LocalDate signed) {
        return switch (random.nextInt(5)) {
            case 0 -> "Protocol No. " + (1 + random.nextInt(9)) + " to the " + title;
            case 1 -> title + " (consolidated " + signed.getYear() + ")";
            case 2 -> "Amendment to the " + title;
            default -> title;
        };
    }

    private static byte[] sha256(String seed) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
