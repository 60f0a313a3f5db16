package org.pacta.metadata.passages;

import org.junit.jupiter.api.Test;
import org.pacta.core.document.Passage;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.metadata.passages.PassageInvariants.cut;
import static org.pacta.metadata.passages.PassageInvariants.locators;

class TableOfContentsTest {

    private static final String BODY = "ARTICLE 1\nObjectives\n\nThe Parties shall cooperate in matters of trade.\n\n"
            + "ARTICLE 2\nDefinitions\n\nIn this Agreement, terms have their ordinary meaning.\n\n"
            + "ARTICLE 3\nEntry into Force\n\nThis Agreement enters into force thirty days after signature.\n";

    @Test
    void dotLeadersAndPageNumbersAreContents() {
        String text = "AGREEMENT ON TRADE\n\nContents\n\nArticle 1 Objectives ........................ 3\n"
                + "Article 2 Definitions ....................... 4\nArticle 3 Entry into Force . . . . . . . . 5\n\n" + BODY;
        List<Passage> passages = cut(text, "text");
        assertEquals(List.of("Preamble", "Article 1", "Article 2", "Article 3"), locators(passages));
        assertTrue(passages.get(0).text(text).contains("Definitions ....."), "the contents stay in the front matter");
    }

    @Test
    void headingThenTitleWithPageNumberIsContents() {
        String text = "Table of Contents\n\nArticle 1\nObjectives\t3\nArticle 2\nDefinitions\t4\n\n" + BODY;
        assertEquals(List.of("Preamble", "Article 1", "Article 2", "Article 3"), locators(cut(text, "text")));
    }

    /** Without page numbers, a close listing of headings that all come again is a contents listing too. */
    @Test
    void listingWithoutPageNumbersIsContents() {
        String text = "Índice\n\nArtículo 1 Objeto\nArtículo 2 Definiciones\nArtículo 3 Vigencia\n\nLas Partes acuerdan lo siguiente:\n\n"
                + BODY.replace("ARTICLE", "ARTÍCULO");
        assertEquals(List.of("Preamble", "Artículo 1", "Artículo 2", "Artículo 3"), locators(cut(text, "text")));
    }

    /** Short articles in the body are not a listing: they do not come again. */
    @Test
    void shortArticlesStayArticles() {
        String text = "Article 1\nDeleted.\nArticle 2\nDeleted.\nArticle 3\nDeleted.\nArticle 4\nIn force.\n";
        assertEquals(List.of("Article 1", "Article 2", "Article 3", "Article 4"), locators(cut(text, "text")));
    }
}
