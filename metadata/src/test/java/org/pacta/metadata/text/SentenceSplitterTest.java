package org.pacta.metadata.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    @Test
    void splitsWithOffsets() {
        String text = "The U.S. Is to lend Sudan money. It was signed here.\n\nReuter";
        List<Sentence> s = SentenceSplitter.split(text);
        assertEquals(List.of("The U.S. Is to lend Sudan money.", "It was signed here.", "Reuter"),
                s.stream().map(Sentence::text).toList());
        for (Sentence x : s) {
            assertEquals(x.text(), text.substring(x.start(), x.end()));
        }
    }

    @Test
    void keepsAbbreviationsAndBrokenLinesTogether() {
        assertEquals(1, SentenceSplitter.split("DONE at Washington, D.C., this fourteenth day of September, 2004").size());
        assertEquals(1, SentenceSplitter.split("Done at Brussels on this eighteenth day of December in the year one "
                + "thousand nine\n\nhundred and seventy-two.").size());
        assertEquals(2, SentenceSplitter.split("have signed this Agreement.\nDONE at Tokyo on 3 April 2007.").size());
    }

    @Test
    void foldsCaseAndAccents() {
        assertEquals("decembre", Fold.fold("Décembre"));
        assertEquals("iyul", Fold.fold("İyul"));
        assertEquals("agustos", Fold.fold("Ağustos"));
        assertEquals("n'djamena", Fold.fold("N’Djaména"));
    }
}
