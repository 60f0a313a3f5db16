package org.pacta.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shared development corpus (not in the repo: licence), located through -Dpacta.test.shared. */
final class TestData {

    private TestData() {
    }

    static Path shared() {
        String prop = System.getProperty("pacta.test.shared");
        Path dir = prop == null ? null : Path.of(prop).toAbsolutePath().normalize();
        if (dir == null || !Files.isDirectory(dir.resolve("corpus"))) {
            throw new IllegalStateException("corpus not found: set -Dpacta.test.shared to the shared/ folder "
                    + "(the parent pom's surefire config does); got " + prop);
        }
        return dir;
    }

    static Path corpus(String relative) {
        Path p = shared().resolve("corpus").resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("missing corpus file " + p);
        }
        return p;
    }

    static Path agreement(String name) {
        return corpus("agreements/" + name);
    }

    /** One line of corpus/expected.jsonl. */
    record Expected(String file, String format, String title, String language, boolean scanned, boolean longDoc,
                    long textChars) {
        Path path() {
            return corpus(file);
        }
    }

    static List<Expected> expected() {
        ObjectMapper om = new ObjectMapper();
        List<Expected> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(shared().resolve("corpus/expected.jsonl"))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = om.readTree(line);
                out.add(new Expected(n.path("file").asText(), n.path("format").asText(),
                        n.path("title").isNull() ? null : n.path("title").asText(null),
                        n.path("language").asText(null), n.path("scanned").asBoolean(false),
                        n.path("long").asBoolean(false), n.path("text_chars").asLong(-1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
