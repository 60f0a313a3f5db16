package org.pacta.core.document;

import java.time.Instant;
import java.util.List;

/**
 * One document of the archive, identified by the SHA-256 of its bytes. The same bytes found under
 * several paths are one document with several source paths.
 *
 * @param id           SHA-256 of the file's bytes (for an archive member: of the member's identity in its parent)
 * @param parentId     the archive it came from, or null
 * @param pathInParent its path inside that archive, or null
 * @param body         the full text, never truncated
 * @param passages     the body cut into citable passages (articles, annexes, pages, paragraphs), in text order
 */
public record ArchiveDocument(String id, String parentId, String pathInParent, String fileName,
                              List<String> sourcePaths, String contentType, long sizeBytes, Integer pages,
                              String body, boolean ocrApplied, String detectedLanguage, List<String> warnings,
                              Instant ingestedAt, AgreementMetadata metadata,
                              List<Passage> passages) {

    public ArchiveDocument {
        sourcePaths = List.copyOf(sourcePaths);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        body = body == null ? "" : body;
        metadata = metadata == null ? AgreementMetadata.EMPTY : metadata;
        passages = passages == null ? List.of() : List.copyOf(passages);
    }

    public ArchiveDocument withSourcePaths(List<String> paths) {
        return new ArchiveDocument(id, parentId, pathInParent, fileName, paths, contentType, sizeBytes, pages, body,
                ocrApplied, detectedLanguage, warnings, ingestedAt, metadata, passages);
    }
}
