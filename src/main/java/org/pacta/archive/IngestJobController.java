package org.pacta.archive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
    record JobRequest(String path, Boolean prune) {
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
        IngestJob job = jobs.submit(List.of(folder), Boolean.TRUE.equals(request.prune()));
        return ResponseEntity.accepted().location(URI.create("/api/ingest-jobs/" + job.id())).body(job.view());
    }

    @GetMapping("/{id}")
    IngestJob.View get(@PathVariable String id) {
        return jobs.find(id).orElseThrow(() -> new NoSuchElementException("No ingest job " + id)).view();
    }
}
