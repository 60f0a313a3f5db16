package org.pacta.metadata.passages;

import org.junit.jupiter.api.Test;
import org.pacta.core.document.Passage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Texts made to trip the rules: the invariants hold and a few MB are cut in well under a second or two. */
class RobustnessTest {

    private static final String[] PIECES = {"ARTICLE 7\n", "Article 7 of the Convention\n", "Annex.\n", "ANNEX\n",
        "Chapter II\nScope\n", "1. First.\n", "(2) Second.\n", "\n\n\n", "   \t  ", "..........................",
        "Article 1 ........ 3\n", "word ", "Статья 5\n", "𝔸", "\r\n", "A sentence ends here. ", "x".repeat(4_000),
        " ".repeat(3_500), "\n".repeat(50), "Madde 3 – Amaç\n", "PROTOCOL ON THINGS\n"};

    @Test
    void randomTextsKeepTheInvariants() {
        Random random = new Random(17);
        StructuredPassages reader = new StructuredPassages();
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(60);
            List<Integer> pageStarts = new ArrayList<>();
            boolean paged = random.nextBoolean();
            for (int i = 0; i < pieces; i++) {
                if (paged && random.nextInt(5) == 0) {
                    pageStarts.add(text.length());
                }
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (paged && (pageStarts.isEmpty() || pageStarts.get(0) != 0)) {
                pageStarts.add(0, 0);
            }
            String kind = random.nextInt(4) == 0 ? "news" : "text";
            List<Integer> starts = paged ? pageStarts : List.of();
            List<Passage> passages = reader.read(text.toString(), kind, starts);
            PassageInvariants.check(text.toString(), passages, starts, StructuredPassages.MAX_CHARS);
        }
    }

    @Test
    void severalMegabytesInLinearTime() {
        StringBuilder text = new StringBuilder();
        int article = 1;
        while (text.length() < 4_000_000) {
            text.append("ARTICLE ").append(article++).append("\nA Title\n\n");
            for (int p = 1; p <= 4; p++) {
                text.append(p).append(". ").append("The Parties shall cooperate in good faith. ".repeat(12)).append("\n\n");
            }
            text.append("x".repeat(200)).append(" ".repeat(100)).append(".".repeat(100)).append('\n');
        }
        StructuredPassages reader = new StructuredPassages();
        reader.read(text.toString(), "text", List.of()); // warm up
        long t0 = System.nanoTime();
        List<Passage> passages = reader.read(text.toString(), "text", List.of());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        PassageInvariants.check(text.toString(), passages, List.of(), StructuredPassages.MAX_CHARS);
        System.out.println("cut " + text.length() + " chars into " + passages.size() + " passages in " + millis + " ms");
        assertTrue(millis < 5_000, millis + " ms");
    }
}
