package org.pacta.ingest;

import org.pacta.core.Sha256;
import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.ArchiveDocument;
import org.pacta.core.document.MetadataReader;
import org.pacta.core.document.Passage;
import org.pacta.core.document.PassageReader;
import org.pacta.core.ingest.Extraction;
import org.pacta.core.ingest.FailureReason;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Turns one file's extraction into archive documents: the file itself and each readable archive member. */
final class DocumentFactory {

    static final String MEMBER_SEPARATOR = "!/";
    private static final System.Logger LOG = System.getLogger(DocumentFactory.class.getName());

    private DocumentFactory() {
    }

    static List<ArchiveDocument> documents(Extraction extraction, String sha256, List<String> sourcePaths, long size,
                                           AgreementMetadata curated, MetadataReader reader, PassageReader passages,
                                           Instant now, Consumer<FileResult> memberFailures) {
        List<ArchiveDocument> documents = new ArrayList<>();
        AgreementMetadata metadata = metadata(reader, extraction, curated);
        documents.add(new ArchiveDocument(sha256, null, null, Path.of(sourcePaths.get(0)).getFileName().toString(), sourcePaths,
                extraction.mediaType(), size, extraction.pageCount(), extraction.text(), extraction.ocrApplied(),
                extraction.language(), extraction.warnings(), now, metadata,
                passages(passages, extraction, metadata, sourcePaths.get(0))));
        extraction.children().stream().flatMap(Extraction::flatten).forEach(member -> {
            String memberPath = sourcePaths.get(0) + MEMBER_SEPARATOR + member.embeddedPath();
            if (!member.ok()) {
                memberFailures.accept(FileResult.failed(memberPath, 0, reason(member), member.failure().message()));
                return;
            }
            List<String> memberSources = sourcePaths.stream().map(p -> p + MEMBER_SEPARATOR + member.embeddedPath()).toList();
            AgreementMetadata memberMetadata = metadata(reader, member, AgreementMetadata.EMPTY);
            documents.add(new ArchiveDocument(memberId(sha256, member.embeddedPath()), sha256, member.embeddedPath(),
                    fileName(member.embeddedPath()), memberSources, member.mediaType(), member.charCount(),
                    member.pageCount(), member.text(), member.ocrApplied(), member.language(), member.warnings(), now,
                    memberMetadata, passages(passages, member, memberMetadata, memberPath)));
        });
        return documents;
    }

    /** The text's passages; a reader's failure on one text costs that text its structure, never its ingest. */
    private static List<Passage> passages(PassageReader reader, Extraction extraction, AgreementMetadata metadata,
                                          String path) {
        try {
            return reader.read(extraction.text(), metadata.kind(), extraction.pageStarts());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot cut " + path + " into passages by its structure; cut by size", e);
            return SizedPassages.cut(extraction.text(), extraction.pageStarts());
        }
    }

    static FailureReason reason(Extraction failed) {
        return failed.failure().kind();
    }

    /** Members have no bytes of their own here: their id is derived from the archive's hash and their path in it. */
    static String memberId(String parentSha256, String embeddedPath) {
        return Sha256.hex(parentSha256 + MEMBER_SEPARATOR + embeddedPath);
    }

    private static String fileName(String embeddedPath) {
        int slash = embeddedPath.lastIndexOf('/');
        return slash < 0 ? embeddedPath : embeddedPath.substring(slash + 1);
    }

    /** What the text says, overridden field by field by the curated sidecar; the file's own title as a last resort. */
    private static AgreementMetadata metadata(MetadataReader reader, Extraction extraction, AgreementMetadata curated) {
        String fileName = extraction.embeddedPath() != null ? fileName(extraction.embeddedPath())
                : extraction.source().getFileName().toString();
        AgreementMetadata read = reader.read(extraction.text(), extraction.title(), fileName, extraction.language())
                .overriddenBy(curated);
        if (read.title() != null || extraction.title() == null || extraction.title().isBlank()) {
            return read;
        }
        return new AgreementMetadata(extraction.title().strip(), read.parties(), read.signedDate(), read.signedPlace(),
                read.status(), read.type(), read.language(), read.publishedDate(), read.tags(), read.sourceUrl(),
                read.curatedFields(), read.evidence(), read.agreementId(), read.events(), read.mentions(), read.kind());
    }
}
