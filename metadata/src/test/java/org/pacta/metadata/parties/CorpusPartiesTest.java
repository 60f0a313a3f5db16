package org.pacta.metadata.parties;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parties read from the shared corpus and seeds against their ground truth: micro precision,
 * recall and F1 over codes, files whose truth is empty ("not known") skipped. The reader never sees
 * the labels or the file names.
 */
class CorpusPartiesTest {

    private static final double MIN_F1 = 0.95;

    @Test
    void partiesF1OnCorpusAndSeedsIsAtLeast095() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CorpusTexts.sharedDir().resolve("corpus")), "shared corpus absent");
        PartyExtractor extractor = new PartyExtractor();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> misses = new ArrayList<>();
        for (CorpusTexts.Labelled file : CorpusTexts.load()) {
            Parties read = extractor.extract(file.text(), file.title());
            Set<String> got = new TreeSet<>(read.parties());
            Set<String> falsePositives = new TreeSet<>(got);
            falsePositives.removeAll(file.parties());
            Set<String> falseNegatives = new TreeSet<>(file.parties());
            falseNegatives.removeAll(got);
            tp += got.size() - falsePositives.size();
            fp += falsePositives.size();
            fn += falseNegatives.size();
            if (!falsePositives.isEmpty() || !falseNegatives.isEmpty()) {
                misses.add(file.file() + "  extra " + falsePositives + "  missing " + falseNegatives);
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("parties: tp=%d fp=%d fn=%d precision=%.3f recall=%.3f f1=%.3f%n", tp, fp, fn, precision, recall, f1);
        misses.forEach(m -> System.out.println("  " + m));
        assertTrue(f1 >= MIN_F1, "parties F1 " + f1 + " below " + MIN_F1 + "; misses: " + misses);
    }

    @Test
    void seedsReadExactlyAzerbaijanAndTurkiye() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CorpusTexts.sharedDir().resolve("seeds")), "seeds absent");
        PartyExtractor extractor = new PartyExtractor();
        Gazetteer gazetteer = new Gazetteer();
        for (CorpusTexts.Labelled file : CorpusTexts.load()) {
            if (!file.file().startsWith("seeds/")) {
                continue;
            }
            Parties read = extractor.extract(file.text(), file.title());
            assertEquals(Set.of("AZE", "TUR"), Set.copyOf(read.parties()), file.file());
            for (String notParty : file.notParties()) {
                assertTrue(!read.parties().contains(notParty), file.file() + " reads " + notParty + " as a party");
                boolean named = gazetteer.find(file.text()).stream().anyMatch(m -> m.code().equals(notParty));
                assertEquals(named, read.mentioned().contains(notParty), file.file() + ": " + notParty + " mentioned");
            }
        }
    }
}
