package org.pacta.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.pacta.ingest.FileResult;
import org.pacta.ingest.IngestListener;
import org.pacta.ingest.Outcome;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * What the server's ingests (uploads and ingest jobs) did, for {@code /actuator/prometheus}:
 * {@code pacta_ingest_files_total{outcome,reason}}, {@code pacta_ingest_documents_indexed_total},
 * {@code pacta_ingest_indexed_bytes_total} and {@code pacta_ocr_pages_total}.
 */
@Component
public class IngestMetrics implements IngestListener {

    private final MeterRegistry registry;
    private final Counter documents;
    private final Counter bytes;
    private final Counter ocrPages;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.documents = Counter.builder("pacta.ingest.documents.indexed")
                .description("Files newly indexed or re-indexed with changed content or metadata").register(registry);
        this.bytes = Counter.builder("pacta.ingest.indexed").baseUnit("bytes")
                .description("Bytes of the files indexed").register(registry);
        this.ocrPages = Counter.builder("pacta.ocr.pages")
                .description("Pages and images sent to OCR").register(registry);
    }

    @Override
    public void finished(FileResult result) {
        Counter.builder("pacta.ingest.files")
                .description("Files (and archive members) looked at by an ingest, by outcome and failure reason")
                .tag("outcome", result.outcome().name().toLowerCase(Locale.ROOT))
                .tag("reason", result.reason() == null ? "none" : result.reason().name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
        if (result.outcome() == Outcome.INDEXED || result.outcome() == Outcome.UPDATED) {
            documents.increment();
            bytes.increment(result.bytes());
        }
    }

    @Override
    public void ocrPages(int pages) {
        ocrPages.increment(pages);
    }

    /** This listener and another one (a job's live counts), each told everything. */
    public IngestListener and(IngestListener other) {
        IngestMetrics metrics = this;
        return new IngestListener() {
            @Override
            public void started(int files, long bytes) {
                other.started(files, bytes);
            }

            @Override
            public void finished(FileResult result) {
                metrics.finished(result);
                other.finished(result);
            }

            @Override
            public void ocrPages(int pages) {
                metrics.ocrPages(pages);
                other.ocrPages(pages);
            }
        };
    }
}
