package org.pacta.web.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.pacta.ingest.FileResult;
import org.pacta.ingest.IngestSummary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a run's failed and skipped files, one JSON object a line, to {@code reports/ingest-<time>.jsonl}. */
public final class IngestReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestReport() {
    }

    public static Path write(Path reportsDir, IngestSummary summary, Instant when) {
        String stamp = when.truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "-");
        Path report = reportsDir.resolve("ingest-" + stamp + ".jsonl");
        try {
            Files.createDirectories(reportsDir);
            try (BufferedWriter out = Files.newBufferedWriter(report)) {
                for (FileResult problem : summary.problems()) {
                    out.write(JSON.writeValueAsString(line(problem)));
                    out.newLine();
                }
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the ingest report " + report, e);
        }
    }

    private static Map<String, Object> line(FileResult result) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("path", result.path());
        line.put("outcome", result.outcome().name().toLowerCase());
        line.put("reason", result.reason() == null ? null : result.reason().name().toLowerCase());
        line.put("message", result.message());
        return line;
    }
}
