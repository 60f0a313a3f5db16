package org.pacta.elasticsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pacta.core.ingest.ArchiveSession;
import org.pacta.core.sharedtext.SharedText;
import org.pacta.core.sharedtext.SharedTextFinder;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.pacta.elasticsearch.archive.ElasticsearchArchive;
import org.pacta.elasticsearch.index.IndexAdmin;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.testing.ArticleDocuments;
import org.pacta.elasticsearch.testing.TestElasticsearch;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared text on a real node: documents find each other through the fingerprints stored with their passages. */
class SharedTextOnANodeTest {

    /** 56 words, as model investment treaties word it. */
    private static final String EXPROPRIATION = """
            Investments of investors of either Contracting Party shall not be nationalised, expropriated or
            subjected to measures having effect equivalent to nationalisation or expropriation in the territory
            of the other Contracting Party except for a public purpose related to the internal needs of that
            Party on a non-discriminatory basis and against prompt, adequate and effective compensation.
            """;
    private static final String ENTRY_INTO_FORCE = "This Agreement shall enter into force on the date of the later notification.\n";

    private static final String MODEL = "Preamble\nThe Republic of Ruritania and the Kingdom of Elbonia, desiring to "
            + "create favourable conditions for greater investment,\nArticle 1\nDefinitions follow.\nArticle 5\n"
            + EXPROPRIATION + "Article 13\n" + ENTRY_INTO_FORCE;
    private static final String COPY = "Preamble\nThe Government of Freedonia and the Government of Sylvania have "
            + "agreed as follows:\nArticle 7\n1. " + EXPROPRIATION + "2. The compensation shall be paid without delay "
            + "and shall be freely transferable.\nArticle 15\n" + ENTRY_INTO_FORCE;
    private static final String UNRELATED = "Preamble\nThe Parties, recognising the importance of fisheries, agree on "
            + "quotas for the coming season.\nArticle 1\nEach vessel shall report its catch to the port authority of the "
            + "coastal State within forty-eight hours of landing, stating species, weight and the area fished.\n";
    private static final String BOILERPLATE_ONLY = "Preamble\nThe two Governments agree to exchange statistics on "
            + "tourism every year.\nArticle 3\n" + ENTRY_INTO_FORCE;

    private static ElasticsearchClient client;
    private static String prefix;
    private static SharedTextFinder finder;
    private static ElasticsearchArchive archive;
    private static final String model = ArticleDocuments.id("model");
    private static final String copy = ArticleDocuments.id("copy");
    private static final String unrelated = ArticleDocuments.id("unrelated");
    private static final String boilerplate = ArticleDocuments.id("boilerplate");

    @BeforeAll
    static void archive() {
        client = TestElasticsearch.shared().connection().client();
        prefix = TestElasticsearch.uniquePrefix("shared-text");
        archive = new ElasticsearchArchive(client, prefix);
        try (ArchiveSession session = archive.openSession(ArticleDocuments.refusalsFail())) {
            ArticleDocuments.store(session, model, MODEL);
            ArticleDocuments.store(session, copy, COPY);
            ArticleDocuments.store(session, unrelated, UNRELATED);
            ArticleDocuments.store(session, boilerplate, BOILERPLATE_ONLY);
        }
        finder = new ElasticsearchAdapters(TestElasticsearch.shared().connection(), prefix)
                .sharedText(SharedTextFinder.Settings.DEFAULTS);
    }

    @AfterAll
    static void drop() {
        IndexAdmin admin = new IndexAdmin(client, prefix);
        admin.delete(IndexDefinition.DOCUMENTS);
        admin.delete(IndexDefinition.PASSAGES);
        admin.delete(IndexDefinition.FILES);
    }

    @Test
    void twoDocumentsSharingAnArticleListEachOtherWithTheirLocatorsAndShare() {
        SharedText fromModel = finder.of(model).orElseThrow();
        assertEquals(List.of(copy), relatedIds(fromModel));
        SharedText.AlignedPassages pair = fromModel.related().get(0).passages().get(0);
        assertEquals("Article 5", pair.here().locator());
        assertEquals("Article 7", pair.there().locator());
        assertEquals(56, pair.sharedHere(), "the whole article");
        assertEquals(58, pair.wordsHere(), "the article and its heading's two words");
        assertEquals(56, pair.sharedThere());
        assertEquals(56, fromModel.sharedWords());
        assertEquals(56.0 / fromModel.words(), fromModel.share(), 1e-9);

        SharedText fromCopy = finder.of(copy).orElseThrow();
        assertEquals(List.of(model), relatedIds(fromCopy));
        SharedText.AlignedPassages back = fromCopy.related().get(0).passages().get(0);
        assertEquals("Article 7", back.here().locator());
        assertEquals("Article 5", back.there().locator());
        assertTrue(back.shareHere() < pair.shareHere(), "Article 7 has a second paragraph of its own");

        List<SharedText.AlignedPassages> similar = finder.similarTo(copy, back.here().ordinal()).orElseThrow();
        assertEquals(List.of("Article 5"), similar.stream().map(p -> p.there().locator()).toList());

        SharedText sideBySide = finder.sharedWith(finder.passagesOf(model), finder.passagesOf(copy));
        assertEquals(fromModel.related(), sideBySide.related(), "the two documents compared directly agree with the list");
        assertEquals(List.of(), finder.sharedWith(finder.passagesOf(model), finder.passagesOf(unrelated)).related());
    }

    @Test
    void anUnrelatedDocumentListsNeitherAndNeitherListsIt() {
        assertEquals(List.of(), relatedIds(finder.of(unrelated).orElseThrow()));
        assertTrue(!relatedIds(finder.of(model).orElseThrow()).contains(unrelated));
    }

    @Test
    void aSharedOneLineClauseIsBoilerplateAndNotReported() {
        SharedText shared = finder.of(boilerplate).orElseThrow();
        assertEquals(List.of(), relatedIds(shared));
        assertEquals(0, shared.sharedWords());
    }

    @Test
    void deletingOneDocumentRemovesThePairing() {
        String second = ArticleDocuments.id("second copy");
        try (ArchiveSession session = archive.openSession(ArticleDocuments.refusalsFail())) {
            ArticleDocuments.store(session, second, COPY.replace("Freedonia", "Osterlich"));
        }
        assertEquals(List.of(copy, second).stream().sorted().toList(),
                relatedIds(finder.of(model).orElseThrow()).stream().sorted().toList());
        try (ArchiveSession session = archive.openSession(ArticleDocuments.refusalsFail())) {
            session.replacePaths(second, List.of());
        }
        assertEquals(List.of(copy), relatedIds(finder.of(model).orElseThrow()));
        assertTrue(finder.of(second).isEmpty(), "the deleted document has no shared text to show");
    }

    private static List<String> relatedIds(SharedText shared) {
        return shared.related().stream().map(SharedText.Related::documentId).toList();
    }
}
