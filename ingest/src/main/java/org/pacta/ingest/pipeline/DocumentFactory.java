package org.pacta.ingest.pipeline;

import org.pacta.core.document.AgreementMetadata;
import org.pacta.core.document.ArchiveDocument;
import org.pacta.core.ingest.FailureReason;
import org.pacta.ingest.extract.Extraction;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/** Turns one file's extraction into archive documents: the file itself and each readable archive member. */
final class DocumentFactory {

    static final String MEMBER_SEPARATOR = "!/";

    private DocumentFactory() {
    }

    static List<ArchiveDocument> documents(Extraction extraction, String sha256, List<String> sourcePaths, long size,
                                           AgreementMetadata curated, Instant now, Consumer<FileResult> memberFailures) {
        List<ArchiveDocument> documents = new ArrayList<>();
        documents.add(new ArchiveDocument(sha256, null, null, Path.of(sourcePaths.get(0)).getFileName().toString(), sourcePaths,
                extraction.mediaType(), size, extraction.pageCount(), extraction.text(), extraction.ocrApplied(),
                extraction.language(), extraction.warnings(), now, withTitle(curated, extraction.title())));
        extraction.children().stream().flatMap(Extraction::flatten).forEach(member -> {
            String memberPath = sourcePaths.get(0) + MEMBER_SEPARATOR + member.embeddedPath();
            if (!member.ok()) {
                memberFailures.accept(FileResult.failed(memberPath, 0, reason(member), member.failure().message()));
                return;
            }
            List<String> memberSources = sourcePaths.stream().map(p -> p + MEMBER_SEPARATOR + member.embeddedPath()).toList();
            documents.add(new ArchiveDocument(memberId(sha256, member.embeddedPath()), sha256, member.embeddedPath(),
                    fileName(member.embeddedPath()), memberSources, member.mediaType(), member.charCount(),
                    member.pageCount(), member.text(), member.ocrApplied(), member.language(), member.warnings(), now,
                    withTitle(AgreementMetadata.EMPTY, member.title())));
        });
        return documents;
    }

    static FailureReason reason(Extraction failed) {
        return FailureReason.valueOf(failed.failure().kind().name());
    }

    /** Members have no bytes of their own here: their id is derived from the archive's hash and their path in it. */
    static String memberId(String parentSha256, String embeddedPath) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((parentSha256 + MEMBER_SEPARATOR + embeddedPath)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(String embeddedPath) {
        int slash = embeddedPath.lastIndexOf('/');
        return slash < 0 ? embeddedPath : embeddedPath.substring(slash + 1);
    }

    /** A curated title wins; otherwise the one the file's own metadata gives. */
    private static AgreementMetadata withTitle(AgreementMetadata metadata, String extractedTitle) {
        if (metadata.title() != null || extractedTitle == null || extractedTitle.isBlank()) {
            return metadata;
        }
        return new AgreementMetadata(extractedTitle.strip(), metadata.parties(), metadata.signedDate(),
                metadata.signedPlace(), metadata.status(), metadata.type(), metadata.language(), metadata.publishedDate(),
                metadata.tags(), metadata.sourceUrl(), metadata.curatedFields(), metadata.evidence());
    }
}
