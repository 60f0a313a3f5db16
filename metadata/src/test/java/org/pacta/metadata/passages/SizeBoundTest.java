package org.pacta.metadata.passages;

import org.junit.jupiter.api.Test;
import org.pacta.core.document.Passage;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pacta.metadata.passages.PassageInvariants.cut;
import static org.pacta.metadata.passages.PassageInvariants.locators;

class SizeBoundTest {

    private static String paragraph(int number, int sentences) {
        return number + ". " + "Each Party shall notify the other Party of any measure it adopts. ".repeat(sentences) + "\n\n";
    }

    /** A long article is cut at its numbered paragraphs, small neighbours sharing a passage. */
    @Test
    void longArticleByNumberedParagraphs() {
        String article = "ARTICLE 24\nCooperation\n\n" + paragraph(1, 43) + paragraph(2, 43) + paragraph(3, 5)
                + paragraph(4, 5) + paragraph(5, 43);
        String text = article + "ARTICLE 25\nReview\n\nThe Parties shall review this Agreement.\n";
        List<Passage> passages = cut(text, "text");
        assertEquals(List.of("Article 24 · 1", "Article 24 · 2", "Article 24 · 3–4", "Article 24 · 5", "Article 25"),
                locators(passages));
        assertTrue(passages.stream().limit(4).allMatch(p -> "Cooperation".equals(p.heading())));
        assertTrue(passages.get(0).text(text).startsWith("ARTICLE 24\nCooperation"), "the heading opens the first piece");
    }

    /** A paragraph longer than the bound is cut at sentences, keeping its locator. */
    @Test
    void longParagraphAtSentences() {
        String text = "Article 1\nScope\n\n" + "The Parties shall cooperate in every field of common interest. ".repeat(150)
                + "\n\nArticle 2\nEnd\n\nText.\n";
        List<Passage> passages = cut(text, "text");
        assertTrue(passages.size() >= 4, locators(passages).toString());
        for (Passage p : passages.subList(0, passages.size() - 1)) {
            assertEquals("Article 1", p.locator());
            assertTrue(p.text(text).strip().endsWith("interest."), "cut after a sentence: " + p.text(text));
        }
    }

    /** A text without a break anywhere is still cut, never inside a surrogate pair. */
    @Test
    void textWithoutBreaks() {
        String text = "𝔸b".repeat(5_000);
        List<Passage> passages = cut(text, "text");
        assertTrue(passages.size() >= 4);
        for (Passage p : passages) {
            assertTrue(!Character.isLowSurrogate(text.charAt(p.start())), "starts inside a surrogate pair");
        }
    }

    @Test
    void splitterPrefersParagraphThenLineThenSentence() {
        BoundedSplitter splitter = new BoundedSplitter(100);
        String blankLine = "a".repeat(60) + "\n\n" + "b".repeat(30) + "\n" + "c".repeat(60);
        assertEquals(List.of(0, 62), splitter.pieceStarts(blankLine, 0, blankLine.length()));
        String lines = "a".repeat(40) + ". " + "b".repeat(20) + "\n" + "c".repeat(60);
        assertEquals(List.of(0, 63), splitter.pieceStarts(lines, 0, lines.length()));
        String sentences = "a".repeat(40) + ". " + "b".repeat(20) + ". " + "c".repeat(60);
        assertEquals(List.of(0, 64), splitter.pieceStarts(sentences, 0, sentences.length()));
    }
}
