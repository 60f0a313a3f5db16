package org.pacta.web.documents;

import org.pacta.core.ingest.BlobStore;
import org.pacta.core.party.PartyNames;
import org.pacta.core.search.AgreementSearch;
import org.pacta.core.search.DocumentPassages;
import org.pacta.core.search.DocumentReader;
import org.pacta.core.search.QueryLimits;
import org.pacta.web.search.PassageMatch;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One document: its metadata with evidence, the agreement it belongs to, its text page by page, its
 * passages (where words occur, or its table of contents), and its original file.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

    static final int DEFAULT_TEXT_PAGE = 100_000;

    private final DocumentReader reader;
    private final DocumentPassages passages;
    private final AgreementSearch agreements;
    private final BlobStore blobs;
    private final PartyNames partyNames;

    DocumentController(DocumentReader reader, DocumentPassages passages, AgreementSearch agreements, BlobStore blobs,
                       PartyNames partyNames) {
        this.reader = reader;
        this.passages = passages;
        this.agreements = agreements;
        this.blobs = blobs;
        this.partyNames = partyNames;
    }

    @GetMapping("/{id}")
    Map<String, Object> document(@PathVariable String id, @RequestParam(name = "text_offset", defaultValue = "0") int offset,
                                 @RequestParam(name = "text_length", defaultValue = "" + DEFAULT_TEXT_PAGE) int length) {
        if (offset < 0 || length < 0 || length > 1_000_000) {
            throw new IllegalArgumentException("text_offset must be ≥ 0 and text_length between 0 and 1000000");
        }
        Map<String, Object> source = new LinkedHashMap<>(find(id));
        String body = (String) source.remove("body");
        body = body == null ? "" : body;
        int from = Math.min(offset, body.length());
        int to = Math.min(body.length(), from + length);
        source.put("id", id);
        source.put("party_names", parties(source.get("parties")));
        source.put("agreement", agreements.ofDocument(id).orElse(null));
        source.put("text", Map.of("offset", from, "length", to - from, "total", body.length(),
                "content", body.substring(from, to)));
        return source;
    }

    /** The passages that hold the words, in text order; every passage (the table of contents) without words. */
    @GetMapping("/{id}/passages")
    List<PassageMatch> passages(@PathVariable String id, @RequestParam(name = "q", defaultValue = "") String query) {
        requireId(id);
        QueryLimits.check(query);
        List<PassageMatch> found = passages.of(id, query).stream().map(p -> PassageMatch.of(id, p, query)).toList();
        if (found.isEmpty() && reader.metadata(id).isEmpty()) {
            throw new NoSuchElementException("No document " + id);
        }
        return found;
    }

    @GetMapping("/{id}/original")
    ResponseEntity<InputStreamResource> original(@PathVariable String id) throws IOException {
        Map<String, Object> source = find(id);
        if (source.get("parent_sha256") != null) {
            throw new NoSuchElementException("Document " + id + " is a member of an archive; download the archive "
                    + source.get("parent_sha256"));
        }
        var blob = blobs.find(id).orElseThrow(() -> new NoSuchElementException("The original of " + id + " is not stored"));
        String fileName = String.valueOf(source.getOrDefault("file_name", id));
        String contentType = String.valueOf(source.getOrDefault("content_type", MediaType.APPLICATION_OCTET_STREAM_VALUE));
        return ResponseEntity.ok()
                .contentType(safeType(contentType))
                .contentLength(Files.size(blob))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(blobs.open(id)));
    }

    private Map<String, Object> find(String id) {
        requireId(id);
        return reader.get(id).orElseThrow(() -> new NoSuchElementException("No document " + id));
    }

    private static void requireId(String id) {
        if (!id.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A document id is 64 hexadecimal characters");
        }
    }

    private List<Map<String, String>> parties(Object codes) {
        if (!(codes instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(code -> Map.of("code", code.toString(),
                "name", partyNames.displayName(code.toString(), Locale.ENGLISH))).toList();
    }

    /** HTML and other active content is served as a download of its type, never rendered inline. */
    private static MediaType safeType(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
