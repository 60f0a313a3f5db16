package org.pacta.metadata.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pacta.core.ingest.Extraction;
import org.pacta.extraction.ExtractorConfig;
import org.pacta.extraction.TikaTextExtractor;
import org.pacta.metadata.document.DocumentText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * The text of a corpus file as ingest reads it (Tika, OCR for scanned PDFs), cached under
 * {@code target/} by content hash so that repeated evaluation runs take seconds. Thread-safe.
 */
final class CorpusTexts implements Function<Path, DocumentText>, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path cacheDir;
    private TikaTextExtractor tika;

    CorpusTexts(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    @Override
    public DocumentText apply(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Path cached = cacheDir.resolve(sha256(bytes) + ".json");
            if (Files.isRegularFile(cached)) {
                JsonNode n = JSON.readTree(cached.toFile());
                return new DocumentText(n.path("text").asText(""), textOrNull(n.get("title")),
                        file.getFileName().toString(), textOrNull(n.get("language")));
            }
            Extraction x = tika().extract(file);
            if (!x.ok()) {
                throw new IllegalStateException("cannot extract " + file + ": " + x.failure());
            }
            ObjectNode n = JSON.createObjectNode();
            n.put("file", file.getFileName().toString());
            n.put("text", x.text());
            n.put("title", x.title());
            n.put("language", x.language());
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, "entry", ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(n), StandardCharsets.UTF_8);
            Files.move(tmp, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return new DocumentText(x.text(), x.title(), file.getFileName().toString(), x.language());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized TikaTextExtractor tika() {
        if (tika == null) {
            tika = new TikaTextExtractor(ExtractorConfig.defaults());
        }
        return tika;
    }

    @Override
    public synchronized void close() {
        if (tika != null) {
            tika.close();
            tika = null;
        }
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
