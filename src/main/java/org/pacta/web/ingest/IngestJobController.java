package org.pacta.web.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.pacta.ingest.exclude.Exclusions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/** Server-side folder ingests: start one, then follow its live counts and failures. */
@RestController
@RequestMapping("/api/ingest-jobs")
class IngestJobController {

    @JsonIgnoreProperties(ignoreUnknown = false)
    record JobRequest(
            @Schema(description = "Absolute path of a folder inside one of the ingest roots (PACTA_INGEST_ROOTS).",
                    example = "/srv/treaties/2024")
            String path,
            @Schema(description = "Also remove the documents of files that are gone from the folder or are now excluded.",
                    defaultValue = "false")
            Boolean prune,
            @ArraySchema(arraySchema = @Schema(description = "Files and folders to leave out, in gitignore syntax relative "
                    + "to the folder, like ./pacta ingest --exclude: they win over the folder's .pactaignore files and the "
                    + "defaults (hidden files, OS and editor leftovers); '!pattern' re-includes. At most 1000."),
                    schema = @Schema(example = "*.jsonl"))
            List<String> exclude) {
    }

    private final IngestJobs jobs;
    private final IngestRoots roots;

    IngestJobController(IngestJobs jobs, IngestRoots roots) {
        this.jobs = jobs;
        this.roots = roots;
    }

    @PostMapping
    ResponseEntity<IngestJob.View> start(@RequestBody JobRequest request) {
        Path folder = roots.resolve(request.path());
        Exclusions exclusions = Exclusions.standard().withPatterns(request.exclude(), "--exclude"); // 400 for a bad pattern
        IngestJob job = jobs.submit(List.of(folder), Boolean.TRUE.equals(request.prune()), exclusions);
        return ResponseEntity.accepted().location(URI.create("/api/ingest-jobs/" + job.id())).body(job.view());
    }

    @GetMapping("/{id}")
    IngestJob.View get(@PathVariable String id) {
        return jobs.find(id).orElseThrow(() -> new NoSuchElementException("No ingest job " + id)).view();
    }
}
