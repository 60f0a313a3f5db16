package org.pacta.web.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.pacta.ingest.exclude.Exclusions;
import org.pacta.web.security.OwnerKey;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
            @ArraySchema(arraySchema = @Schema(description = "Several folders for one job, instead of 'path'. A request "
                    + "with the data dir owner's key (how ./pacta ingest hands its job to the running server) may name any "
                    + "folder the server can read; others only folders inside the ingest roots."),
                    schema = @Schema(example = "/srv/treaties/2025"))
            List<String> paths,
            @Schema(description = "Also remove the documents of files that are gone from the folder or are now excluded.",
                    defaultValue = "false")
            Boolean prune,
            @ArraySchema(arraySchema = @Schema(description = "Files and folders to leave out, in gitignore syntax relative "
                    + "to the folder, like ./pacta ingest --exclude: they win over the folder's .pactaignore files and the "
                    + "defaults (hidden files, OS and editor leftovers); '!pattern' re-includes. At most 1000."),
                    schema = @Schema(example = "*.jsonl"))
            List<String> exclude) {
    }

    private static final int MAX_FOLDERS = 100;

    private final IngestJobs jobs;
    private final IngestRoots roots;
    private final FolderWatches watches;

    IngestJobController(IngestJobs jobs, IngestRoots roots, FolderWatches watches) {
        this.jobs = jobs;
        this.roots = roots;
        this.watches = watches;
    }

    @PostMapping
    ResponseEntity<IngestJob.View> start(@RequestBody JobRequest request, HttpServletRequest http) {
        boolean owner = Boolean.TRUE.equals(http.getAttribute(OwnerKey.ATTRIBUTE));
        List<Path> folders = requested(request).stream()
                .map(path -> owner ? IngestRoots.existingFolder(path) : roots.resolve(path)).toList();
        Exclusions exclusions = Exclusions.standard().withPatterns(request.exclude(), "--exclude"); // 400 for a bad pattern
        IngestJob job = jobs.submit(owner ? IngestJob.Origin.COMMAND_LINE : IngestJob.Origin.API, folders,
                Boolean.TRUE.equals(request.prune()), exclusions);
        return ResponseEntity.accepted().location(URI.create("/api/ingest-jobs/" + job.id())).body(job.view());
    }

    private static List<String> requested(JobRequest request) {
        if (request.paths() != null && !request.paths().isEmpty()) {
            if (request.path() != null) {
                throw new IllegalArgumentException("Give either 'path' or 'paths', not both");
            }
            if (request.paths().size() > MAX_FOLDERS) {
                throw new IllegalArgumentException("At most " + MAX_FOLDERS + " folders in one job");
            }
            return request.paths();
        }
        return java.util.Collections.singletonList(request.path()); // null gets the "must name a folder" answer
    }

    @GetMapping
    Jobs list() {
        return new Jobs(jobs.list().stream().map(IngestJob::view).toList(), watches.view().stream().toList());
    }

    /**
     * @param jobs    newest first: the running and queued ones and the last 50 finished
     * @param watches the watched folders (PACTA_WATCH_ROOTS), if any
     */
    @Schema(description = "This server's ingest jobs, newest first (the running and queued ones and the last 50 "
            + "finished), and its watched folders (PACTA_WATCH_ROOTS), if any.")
    record Jobs(List<IngestJob.View> jobs, List<FolderWatches.WatchStatus> watches) {
    }

    @GetMapping("/{id}")
    IngestJob.View get(@PathVariable String id) {
        return job(id).view();
    }

    /** Stops a queued or running job after the files in hand; what it stored stays, and running it again finishes it. */
    @DeleteMapping("/{id}")
    ResponseEntity<IngestJob.View> cancel(@PathVariable String id) {
        IngestJob job = job(id);
        jobs.cancel(job);
        return ResponseEntity.accepted().body(job.view());
    }

    private IngestJob job(String id) {
        return jobs.find(id).orElseThrow(() -> new NoSuchElementException("No ingest job " + id));
    }
}
