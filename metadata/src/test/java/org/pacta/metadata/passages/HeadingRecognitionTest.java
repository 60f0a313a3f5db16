package org.pacta.metadata.passages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacta.core.document.Passage;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.pacta.metadata.passages.PassageInvariants.cut;
import static org.pacta.metadata.passages.PassageInvariants.locators;

class HeadingRecognitionTest {

    /** Two articles headed the given way, with a title line: the locators keep the document's word. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ARTICLE 1|ARTICLE 2|Article 1|Article 2",
        "Article 24.5|Article 24.6|Article 24.5|Article 24.6",
        "Art. 5|Art. 6|Art. 5|Art. 6",
        "Article premier|Article 2|Article premier|Article 2",
        "Article 1er|Article 2|Article 1er|Article 2",
        "Artículo 3|Artículo 4|Artículo 3|Artículo 4",
        "ARTICULO 3|ARTICULO 4|Articulo 3|Articulo 4",
        "Artigo 1.º|Artigo 2.º|Artigo 1.º|Artigo 2.º",
        "Artikel 2|Artikel 3|Artikel 2|Artikel 3",
        "Articolo 1|Articolo 2|Articolo 1|Articolo 2",
        "Статья 7|Статья 8|Статья 7|Статья 8",
        "СТАТЬЯ 7|СТАТЬЯ 8|Статья 7|Статья 8",
        "Madde 4|MADDE 5|Madde 4|Madde 5",
        "Article IV|Article V|Article IV|Article V",
        "Article 5 bis|Article 6|Article 5 bis|Article 6",
    })
    void articlesInEachLanguage(String firstHeading, String secondHeading, String firstLocator, String secondLocator) {
        String text = "Agreement between the Parties\n\n" + firstHeading + "\nObjectives\n\nThe Parties shall cooperate.\n\n"
                + secondHeading + "\nDefinitions\n\nFor the purposes of this Agreement the terms mean what they say.\n";
        List<Passage> passages = cut(text, "text");
        assertEquals(List.of("Preamble", firstLocator, secondLocator), locators(passages));
        assertEquals("Objectives", passages.get(1).heading());
        assertEquals("Definitions", passages.get(2).heading());
    }

    @Test
    void titleOnTheHeadingsLine() {
        String text = "Madde 4 – Amaç\nBu Anlaşmanın amacı işbirliğidir.\nMadde 5 – Tanımlar\nBu Anlaşmada terimler şunlardır.\n";
        List<Passage> passages = cut(text, "text");
        assertEquals(List.of("Madde 4", "Madde 5"), locators(passages));
        assertEquals("Amaç", passages.get(0).heading());
    }

    @Test
    void bodyOnTheHeadingsLineIsNoTitle() {
        String text = "Article 1. The Parties shall cooperate in good faith.\nArticle 2. This Agreement enters into force on signature.\n";
        List<Passage> passages = cut(text, "text");
        assertEquals(List.of("Article 1", "Article 2"), locators(passages));
        assertNull(passages.get(0).heading());
    }

    /** A wrapped sentence's cross-reference at a line's start opens nothing. */
    @Test
    void referencesAreNoHeadings() {
        String text = "ARTICLE 1\nScope\n\nThe measures referred to in\nArticle 5 of the Convention and in\nArticle 6, paragraph 2, and\n"
                + "article 7 shall apply. The obligations set out in the\nAnnex.\nalso apply.\n\nARTICLE 2\nEntry into force\n\nIt enters into force.\n";
        assertEquals(List.of("Article 1", "Article 2"), locators(cut(text, "text")));
    }

    @Test
    void chaptersSectionsAndArticlesNumberedThroughout() {
        String text = "CHAPTER 1\nGeneral Provisions\n\nARTICLE 1\nObjectives\n\nText one.\n\nARTICLE 2\nDefinitions\n\nText two.\n\n"
                + "Chapter 2\nTrade in Goods\n\nSection A\nTariffs\n\nArticle 3\nReduction\n\nText three.\n";
        assertEquals(List.of("Chapter 1", "Article 1", "Article 2", "Chapter 2", "Chapter 2 · Section A", "Article 3"),
                locators(cut(text, "text")));
    }

    /** Where each chapter numbers its articles from 1, the chapter tells them apart. */
    @Test
    void restartedArticleNumbersNameTheirChapter() {
        String text = "Глава 1\nОбщие положения\n\nСтатья 1\nЦели\n\nТекст.\n\nСтатья 2\nТермины\n\nТекст.\n\n"
                + "Глава 2\nТорговля\n\nСтатья 1\nТарифы\n\nТекст.\n";
        assertEquals(List.of("Глава 1", "Глава 1 · Статья 1", "Глава 1 · Статья 2", "Глава 2", "Глава 2 · Статья 1"),
                locators(cut(text, "text")));
    }

    @Test
    void partsAndAppendedPartsOfATreaty() {
        String text = "PART I\nDefinitions\n\nArticle 1\nTerms\n\nText.\n\nPART II\nObligations\n\nArticle 2\nDuties\n\nText.\n\n"
                + "ANNEX II\nList of Products\n\nCoffee, tea.\n\nArticle 1\nScope of the Annex\n\nText of the annex.\n\n"
                + "SCHEDULE 3\nTariffs\n\nRates.\n\nPROTOCOL ON THE SETTLEMENT OF DISPUTES\n\nArticle 1\nPanels\n\nText.\n\n"
                + "Appendix A\nForms\n\nForm.\n";
        assertEquals(List.of("Part I", "Article 1", "Part II", "Article 2", "Annex II", "Annex II · Article 1",
                "Schedule 3", "Protocol", "Protocol · Article 1", "Appendix A"), locators(cut(text, "text")));
    }

    @Test
    void appendedPartsInOtherLanguages() {
        String text = "Artículo 1\nObjeto\n\nTexto.\n\nArtículo 2\nVigencia\n\nTexto.\n\nANEXO I\nLista\n\nProductos.\n\n"
                + "Anhang 2\nListe\n\nWaren.\n\nПриложение 3\nСписок\n\nТовары.\n\nEK-1\nListe\n\nÜrünler.\n\nAnnexe 4\nListe\n\nProduits.\n";
        assertEquals(List.of("Artículo 1", "Artículo 2", "Anexo I", "Anhang 2", "Приложение 3", "Ek 1", "Annexe 4"),
                locators(cut(text, "text")));
    }

    /** A protocol's title at the top names the document: its articles are not the protocol's appendix. */
    @Test
    void documentTitleIsNoAppendedPart() {
        String text = "PROTOCOL TO THE CONVENTION ON WIDGETS\n\nThe Parties,\n\nHave agreed as follows:\n\n"
                + "Article 1\nDefinitions\n\nText.\n\nArticle 2\nScope\n\nText.\n";
        assertEquals(List.of("Preamble", "Article 1", "Article 2"), locators(cut(text, "text")));
    }

    @Test
    void chapterAndCapítuloAndKapitelAndBölüm() {
        for (String word : List.of("Chapitre", "Capítulo", "Kapitel", "Bölüm", "Capitolo")) {
            String text = word + " 1\nTitre\n\nTexte.\n\n" + word.toUpperCase(java.util.Locale.ROOT) + " 2\nTitre\n\nTexte.\n";
            assertEquals(List.of(word + " 1", word + " 2"), locators(cut(text, "text")), word);
        }
    }
}
