package org.pacta.elasticsearch.testing;

import org.pacta.core.Sha256;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.ArchiveDocument;
import org.pacta.core.document.Passage;
import org.pacta.core.ingest.ArchiveSession;
import org.pacta.core.ingest.CatalogEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain-text test documents cut into passages at lines that are a heading ("Article 2", "Annex I", "Preamble"). */
public final class ArticleDocuments {

    private static final Pattern HEADING = Pattern.compile("(?m)^(Article \\d+|Annex [IVX]+|Preamble)$");
    private static final Instant WHEN = Instant.parse("2025-01-01T00:00:00Z");

    private ArticleDocuments() {
    }

    /** A document id as the archive makes them: the SHA-256 of the seed. */
    public static String id(String seed) {
        return Sha256.hex(seed);
    }

    public static ArchiveDocument document(String id, String body) {
        List<Passage> cut = new ArrayList<>();
        Matcher heading = HEADING.matcher(body);
        List<Integer> starts = new ArrayList<>();
        List<String> locators = new ArrayList<>();
        while (heading.find()) {
            starts.add(heading.start());
            locators.add(heading.group(1));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : body.length();
            cut.add(new Passage(i, locators.get(i), null, starts.get(i), end, null));
        }
        return new ArchiveDocument(id, null, null, id + ".txt", List.of(path(id)), "text/plain",
                body.length(), null, body, false, "en", List.of(), WHEN, AgreementMetadata.EMPTY, cut);
    }

    public static CatalogEntry entry(String id) {
        return new CatalogEntry(path(id), 1, 1L, id, "", WHEN);
    }

    /** Stores the document and its catalog entry in the session. */
    public static void store(ArchiveSession session, String id, String body) {
        session.store(List.of(document(id, body)), entry(id));
    }

    /** A listener for sessions that must store everything. */
    public static ArchiveSession.Listener refusalsFail() {
        return new ArchiveSession.Listener() {
            public void stored(CatalogEntry file) {
            }

            public void rejected(CatalogEntry file, String reason) {
                throw new AssertionError(reason);
            }
        };
    }

    private static String path(String id) {
        return "/data/" + id + ".txt";
    }
}
