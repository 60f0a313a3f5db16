package org.pacta.web.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.pacta.core.party.PartyNames;
import org.pacta.core.search.DocumentReader;
import org.pacta.core.search.SearchRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code GET /api/export}: every document matching the search (not one page), as CSV or JSON, streamed. */
@RestController
public class ExportController {

    static final List<String> COLUMNS = List.of("content_sha256", "title", "parties", "signed_date", "signed_place",
            "status", "type", "language", "published_date", "file_name", "source_paths", "content_type", "pages");
    /** The query parameters {@code GET /api/export} takes. */
    public static final Set<String> PARAMETERS = Stream.concat(SearchParameters.FILTERS.stream(), Stream.of("format"))
            .collect(Collectors.toUnmodifiableSet());
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the servlet container closes the response

    private final DocumentReader reader;
    private final PartyNames partyNames;
    private final SearchParameters.SharingDocuments sharing;

    public ExportController(DocumentReader reader, PartyNames partyNames, SearchParameters.SharingDocuments sharing) {
        this.reader = reader;
        this.partyNames = partyNames;
        this.sharing = sharing;
    }

    @GetMapping("/api/export")
    ResponseEntity<StreamingResponseBody> export(HttpServletRequest request) {
        Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
        String[] formats = parameters.getOrDefault("format", new String[]{"csv"});
        String format = formats[0];
        if (!format.equals("csv") && !format.equals("json")) {
            throw new IllegalArgumentException("'format' must be csv or json");
        }
        parameters.remove("format");
        SearchRequest search = SearchParameters.read(parameters, PARAMETERS, partyNames, sharing);
        StreamingResponseBody body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (format.equals("csv")) {
                writeCsv(search, writer);
            } else {
                writeJson(search, writer);
            }
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(format.equals("csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                        : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("pacta-export." + format).build().toString())
                .body(body);
    }

    /** The CSV export of every document the search matches (also {@code ./pacta search --csv}). */
    public void writeCsv(SearchRequest search, Writer writer) throws IOException {
        writer.write(String.join(",", COLUMNS));
        writer.write("\r\n");
        reader.export(search, document -> {
            try {
                writer.write(COLUMNS.stream().map(column -> Csv.cell(document.get(column))).collect(Collectors.joining(",")));
                writer.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void writeJson(SearchRequest search, BufferedWriter writer) throws IOException {
        try (JsonGenerator json = JSON.getFactory().createGenerator(writer)) {
            json.writeStartArray();
            reader.export(search, document -> {
                try {
                    json.writeStartObject();
                    for (String column : COLUMNS) {
                        json.writeObjectField(column, document.get(column));
                    }
                    json.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
        }
    }
}
