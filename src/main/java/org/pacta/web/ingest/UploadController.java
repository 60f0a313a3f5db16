package org.pacta.web.ingest;

import org.pacta.config.PactaProperties;
import org.pacta.core.search.DocumentReader;
import org.pacta.ingest.FileResult;
import org.pacta.ingest.IngestSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /api/documents}: uploaded files are kept under {@code uploads/} in the data dir and
 * archived by the same pipeline as folders; the answer gives each file's document id and metadata.
 */
@RestController
@RequestMapping("/api/documents")
class UploadController {

    /** One uploaded file's fate. */
    record Uploaded(String fileName, String outcome, String id, String reason, String message,
                    Map<String, Object> metadata) {
    }

    private final IngestJobs jobs;
    private final DocumentReader documents;
    private final Path uploads;

    UploadController(IngestJobs jobs, DocumentReader documents, PactaProperties properties) {
        this.jobs = jobs;
        this.documents = documents;
        this.uploads = properties.home().resolve("uploads");
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    List<Uploaded> upload(@RequestParam("files") List<MultipartFile> files) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No files in the request (form field 'files')");
        }
        Set<String> names = new HashSet<>();
        List<String> safeNames = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = SafeFileNames.unique(SafeFileNames.of(file.getOriginalFilename()), names);
            UploadTypes.check(file, name); // the whole request is refused before anything is stored
            safeNames.add(name);
        }
        Path batch = Files.createDirectories(uploads.resolve(UUID.randomUUID().toString()));
        for (int i = 0; i < files.size(); i++) {
            files.get(i).transferTo(batch.resolve(safeNames.get(i)));
        }
        IngestSummary summary = jobs.runNow(List.of(batch));
        List<Uploaded> answer = new ArrayList<>();
        for (FileResult result : summary.problems()) {
            answer.add(new Uploaded(Path.of(result.path()).getFileName().toString(), result.outcome().name().toLowerCase(),
                    null, result.reason() == null ? null : result.reason().name().toLowerCase(), result.message(), Map.of()));
        }
        for (FileResult result : summary.archived()) {
            answer.add(new Uploaded(Path.of(result.path()).getFileName().toString(), result.outcome().name().toLowerCase(),
                    result.documentId(), null, null, documents.metadata(result.documentId())));
        }
        return answer;
    }
}
