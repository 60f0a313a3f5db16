package org.pacta.ingest;

import org.junit.jupiter.api.Test;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.ArchiveDocument;
import org.pacta.core.document.MetadataReader;
import org.pacta.core.document.Passage;
import org.pacta.core.document.PassageReader;
import org.pacta.core.ingest.Extraction;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentFactoryTest {

    private static final Path FILE = Path.of("/in/bundle.zip");

    private static Extraction extraction(String embeddedPath, int depth, String text, List<Integer> pageStarts,
                                         List<Extraction> children) {
        return new Extraction(FILE, embeddedPath, depth, null, text, "application/pdf", pageStarts.size(), pageStarts,
                "en", false, 0, List.of(), 0, null, null, null, null, null, List.of(), children, Duration.ZERO);
    }

    private static List<ArchiveDocument> documents(Extraction extraction, PassageReader reader) {
        return DocumentFactory.documents(extraction, "abc", List.of(FILE.toString()), 10, AgreementMetadata.EMPTY, MetadataReader.NONE,
                reader, Instant.EPOCH, failure -> { });
    }

    @Test
    void theDocumentAndEachMemberAreCutWithTheirPages() {
        Extraction member = extraction("a.pdf", 1, "Member text.", List.of(0), List.of());
        Extraction file = extraction(null, 0, "Page one.\nPage two.", List.of(0, 10), List.of(member));
        List<List<Integer>> pagesSeen = new ArrayList<>();
        PassageReader reader = (text, kind, pageStarts) -> {
            pagesSeen.add(pageStarts);
            return List.of(new Passage(0, "whole", null, 0, text.length(), 1));
        };
        List<ArchiveDocument> documents = documents(file, reader);
        assertEquals(List.of(List.of(0, 10), List.of(0)), pagesSeen);
        assertEquals(List.of("whole"), documents.get(0).passages().stream().map(Passage::locator).toList());
        assertEquals(List.of("whole"), documents.get(1).passages().stream().map(Passage::locator).toList());
    }

    /** A reader that fails costs the text its structure, not its ingest: it is cut by size. */
    @Test
    void aFailingReaderFallsBackToSizedPassages() {
        String text = "word ".repeat(1_500);
        Extraction file = extraction(null, 0, text, List.of(0, 4_000), List.of());
        List<ArchiveDocument> documents = documents(file, (t, kind, pages) -> {
            throw new IllegalStateException("broken reader");
        });
        List<Passage> passages = documents.get(0).passages();
        assertEquals(List.of("Passage 1", "Passage 2", "Passage 3"), passages.stream().map(Passage::locator).toList());
        assertEquals(0, passages.get(0).start());
        assertEquals(text.length(), passages.get(2).end());
        assertEquals(List.of(1, 1, 2), passages.stream().map(Passage::page).toList());
        for (int i = 1; i < passages.size(); i++) {
            assertEquals(passages.get(i - 1).end(), passages.get(i).start());
            assertTrue(passages.get(i).text(text).strip().length() <= SizedPassages.MAX_CHARS);
        }
    }

    @Test
    void sizedPassagesOfABlankTextAreNone() {
        assertEquals(List.of(), SizedPassages.cut("  \n ", List.of()));
    }
}
