package org.pacta.metadata.passages;

import org.junit.jupiter.api.Test;
import org.pacta.core.document.Passage;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.metadata.passages.PassageInvariants.cut;
import static org.pacta.metadata.passages.PassageInvariants.locators;

class ParagraphsAndPagesTest {

    private final StructuredPassages reader = new StructuredPassages();

    @Test
    void newsOneParagraphEach() {
        String text = "Ministers sign trade pact\n\nThe two governments signed the agreement on Monday.\n\n\n"
                + "It cuts tariffs on coffee.\n   \nArticle 3 of the pact covers services.\n";
        List<Passage> passages = cut(text, "news");
        assertEquals(List.of("¶ 1", "¶ 2", "¶ 3", "¶ 4"), locators(passages));
        assertEquals("It cuts tariffs on coffee.\n   \n", passages.get(2).text(text));
    }

    @Test
    void newsWithoutBlankLinesByLine() {
        String text = "Headline\nFirst paragraph.\nSecond paragraph.";
        assertEquals(List.of("¶ 1", "¶ 2", "¶ 3"), locators(cut(text, "news")));
    }

    /** A plain text without headings or pages: paragraphs packed up to the bound. */
    @Test
    void plainTextByPackedParagraphs() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("Paragraph ").append(i + 1).append(' ').append("with some words in it. ".repeat(10)).append("\n\n");
        }
        List<Passage> passages = cut(text.toString(), "document");
        assertEquals("¶ 1–12", passages.get(0).locator());
        assertEquals("¶ 13–24", passages.get(1).locator());
        assertEquals("¶ 25–30", passages.get(2).locator());
    }

    /** A paged text without headings: one passage per page, blank pages joining the page before. */
    @Test
    void pagedTextByPage() {
        List<Integer> starts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String[] pages = {"Page one text.\n", "Page two text.\n", "\n", "Page four text.\n"};
        for (String page : pages) {
            starts.add(text.length());
            text.append(page);
        }
        List<Passage> passages = cut(reader, text.toString(), "document", starts);
        assertEquals(List.of("p. 1", "p. 2", "p. 4"), locators(passages));
        assertEquals(List.of(1, 2, 4), passages.stream().map(Passage::page).toList());
    }

    /** A structured paged text: an article that goes on over a page break is cut there, so every passage lies on one page. */
    @Test
    void articlesAreCutAtPageBreaks() {
        String page1 = "AGREEMENT\n\nArticle 1\nScope\n\nText.\n";
        String page2 = "continued text.\n\nArticle 2\nEnd\n\nText.\n";
        String page3 = "Article 3\nFinal\n\nText.\n";
        String text = page1 + page2 + page3;
        List<Integer> starts = List.of(0, page1.length(), page1.length() + page2.length());
        List<Passage> passages = cut(reader, text, "text", starts);
        assertEquals(List.of("Preamble", "Article 1", "Article 1", "Article 2", "Article 3"), locators(passages));
        assertEquals(List.of(1, 1, 2, 2, 3), passages.stream().map(Passage::page).toList());
        assertEquals("Scope", passages.get(1).heading());
        assertEquals(null, passages.get(2).heading(), "the heading stays with the article's first page");
        assertEquals(page1.length(), passages.get(2).start());
        assertTrue(passages.get(2).text(text).startsWith("continued text."));
    }

    @Test
    void blankTextHasNoPassages() {
        assertEquals(List.of(), reader.read(" \n\t ", "text", List.of()));
        assertEquals(List.of(), reader.read("", "news", List.of()));
    }

    @Test
    void leadingAndTrailingWhitespaceJoinTheirNeighbours() {
        String text = "\n\n  Article 1\nA\n\nText.\n\n\n\nArticle 2\nB\n\nText.\n\n\n";
        List<Passage> passages = cut(text, "text");
        assertEquals(List.of("Article 1", "Article 2"), locators(passages));
    }
}
