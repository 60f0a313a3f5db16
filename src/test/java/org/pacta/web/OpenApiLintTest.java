package org.pacta.web;

import org.junit.jupiter.api.Test;
import org.pacta.PactaServer;
import org.pacta.elasticsearch.testing.TestDirs;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The OpenAPI description that {@code /api/docs} serves, linted as API users lint it: Redocly's recommended rules
 * and Spectral's {@code spectral:oas} must find no error. The linters' versions are pinned in
 * {@code src/test/openapi/package-lock.json}; they are installed into {@code target/npm-tools} from the npm registry.
 */
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiLintTest {

    private static final Path PINNED = Path.of("test/openapi");
    private static final Path TOOLS = Path.of("target/npm-tools");

    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("pacta.es.url", () -> TestElasticsearch.shared().settings().nodes().get(0).toString());
        registry.add("pacta.es.index-prefix", () -> TestElasticsearch.uniquePrefix("openapi-lint"));
        registry.add("pacta.home", () -> TestDirs.fresh("web", "openapi-lint").toString());
    }

    @Test
    void redoclyAndSpectralFindNoError() throws Exception {
        HttpResponse<String> docs = new LocalApi(port).get("/api/docs");
        assertEquals(200, docs.statusCode(), docs.body());
        Path spec = Files.createDirectories(Path.of("target/openapi")).resolve("pacta-openapi.json");
        Files.writeString(spec, docs.body(), StandardCharsets.UTF_8);
        Path tools = installLinters();

        Run redocly = run(List.of(tools.resolve("node_modules/.bin/redocly").toString(), "lint", "--format=stylish",
                "--extends=recommended", spec.toAbsolutePath().toString()));
        assertEquals(0, redocly.exit, "Redocly lint of " + spec + ":\n" + redocly.output);

        Run spectral = run(List.of(tools.resolve("node_modules/.bin/spectral").toString(), "lint", "--fail-severity=error",
                "--ruleset", PINNED.resolve(".spectral.yaml").toAbsolutePath().toString(), spec.toAbsolutePath().toString()));
        assertEquals(0, spectral.exit, "Spectral (spectral:oas) on " + spec + ":\n" + spectral.output);
    }

    /** {@code npm ci} of the pinned linters, once per build; a machine without npm or the registry fails here, in one line. */
    private static Path installLinters() throws IOException, InterruptedException {
        Path bin = TOOLS.resolve("node_modules/.bin");
        if (Files.isExecutable(bin.resolve("redocly")) && Files.isExecutable(bin.resolve("spectral"))
                && Files.exists(TOOLS.resolve("package-lock.json"))
                && Files.mismatch(TOOLS.resolve("package-lock.json"), PINNED.resolve("package-lock.json")) == -1) {
            return TOOLS;
        }
        Files.createDirectories(TOOLS);
        for (String file : List.of("package.json", "package-lock.json")) {
            Files.copy(PINNED.resolve(file), TOOLS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Run install;
        try {
            install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefix", TOOLS.toAbsolutePath().toString()));
        } catch (IOException e) {
            fail("The OpenAPI linters need Node.js and npm (https://nodejs.org): " + e.getMessage());
            return TOOLS;
        }
        if (install.exit != 0) {
            String last = install.output.strip().lines().reduce((a, b) -> b).orElse("");
            fail("Could not install the OpenAPI linters from the npm registry (npm ci exit " + install.exit + "): " + last);
        }
        assertTrue(Files.isExecutable(bin.resolve("redocly")), "npm ci installed no redocly");
        return TOOLS;
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("pacta-lint", ".log");
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " took over 10 minutes");
        }
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        return new Run(process.exitValue(), output);
    }
}
