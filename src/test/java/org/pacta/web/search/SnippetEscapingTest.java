package org.pacta.web.search;

import org.junit.jupiter.api.Test;
import org.pacta.core.search.SearchRequest;
import org.pacta.core.search.SearchResult;
import org.pacta.service.ArchiveFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Document text that looks like HTML comes back escaped in snippets, with only Pacta's own highlight tags. */
class SnippetEscapingTest {

    @Test
    void hostileTextInSnippetsIsEscaped() throws Exception {
        ArchiveFolder archive = ArchiveFolder.create("escaping");
        Files.writeString(archive.folder().resolve("hostile.txt"),
                "Treaty of friendship <img src=x onerror=alert(1)> and <script>alert('x')</script> cooperation.");
        archive.ingest();

        SearchResult result = archive.search()
                .search(new SearchRequest("friendship cooperation", List.of(), true, null, null, List.of(), List.of(),
                        List.of(), List.of(), SearchRequest.Sort.RELEVANCE, 0, 10, null));

        assertEquals(1, result.total());
        String snippet = String.join(" ", result.hits().get(0).snippets());
        assertTrue(snippet.contains("<mark>friendship</mark>"), snippet);
        assertTrue(snippet.contains("&lt;img src=x onerror=alert(1)&gt;"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), "only highlight tags: " + snippet);
    }
}
