package org.pacta.metadata.passages;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pacta.core.document.Passage;
import org.pacta.core.ingest.Extraction;
import org.pacta.extraction.ExtractorConfig;
import org.pacta.extraction.TikaTextExtractor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every corpus agreement cut as ingest cuts it (without OCR, to stay quick: scanned files have no text
 * then): the invariants hold, and in agreements with articles most passages are cited by an article.
 */
class CorpusPassagesTest {

    private static final Pattern ARTICLE_LOCATOR = Pattern.compile(
            "(?:^|· )(?:Article|Art\\.|Artículo|Articulo|Artigo|Artikel|Articolo|Artykuł|Статья|Madde) ");

    @Test
    void invariantsHoldAndArticlesAreCited() throws IOException {
        String shared = System.getProperty("pacta.test.shared");
        Path folder = shared == null ? null : Path.of(shared, "corpus", "agreements");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(folder), "corpus agreements not found");
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        StructuredPassages reader = new StructuredPassages();
        long articlePassages = 0;
        long passagesOfArticledAgreements = 0;
        long cutNanos = 0;
        long chars = 0;
        try (TikaTextExtractor tika = new TikaTextExtractor(ExtractorConfig.builder().ocrEnabled(false).build())) {
            for (Path file : files) {
                Extraction extraction = tika.extract(file);
                for (Extraction document : extraction.flatten().filter(Extraction::ok).toList()) {
                    String text = document.text();
                    long t0 = System.nanoTime();
                    List<Passage> passages = reader.read(text, "text", document.pageStarts());
                    cutNanos += System.nanoTime() - t0;
                    chars += text.length();
                    PassageInvariants.check(text, passages, document.pageStarts(), StructuredPassages.MAX_CHARS);
                    long articles = passages.stream().filter(p -> ARTICLE_LOCATOR.matcher(p.locator()).find()).count();
                    if (articles > 0) {
                        articlePassages += articles;
                        passagesOfArticledAgreements += passages.size();
                    }
                    System.out.printf("%-45s %7d chars %4d pages %4d passages %4d by article  %s%n",
                            file.getFileName(), text.length(), document.pageStarts().size(), passages.size(), articles,
                            passages.stream().limit(4).map(Passage::locator).toList());
                }
            }
        }
        double share = passagesOfArticledAgreements == 0 ? 0 : (double) articlePassages / passagesOfArticledAgreements;
        System.out.printf("article-locator share in agreements with articles: %d / %d = %.1f%%; cut %d chars in %d ms%n",
                articlePassages, passagesOfArticledAgreements, 100 * share, chars, cutNanos / 1_000_000);
        assertTrue(share > 0.5, "most passages of agreements with articles are cited by an article: " + share);
    }
}
