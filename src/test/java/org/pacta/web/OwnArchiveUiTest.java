package org.pacta.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pacta.PactaServer;
import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.pacta.service.ArchiveFolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A browser test over an archive of its own (files the test writes), not the shared corpus, so that
 * the corpus tests' counts stay as they are. A subclass ingests its {@link ArchiveFolder} in a static
 * field and hands it to {@link #serve} from its own {@code @DynamicPropertySource} method.
 */
@SpringBootTest(classes = PactaServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class OwnArchiveUiTest {

    static ChromeDriver driver;

    @Value("${local.server.port}")
    int port;

    /** Points the server at the archive's index and data dir. */
    static void serve(DynamicPropertyRegistry registry, ArchiveFolder archive) {
        registry.add("pacta.es.url", () -> TestElasticsearch.shared().settings().nodes().get(0).toString());
        registry.add("pacta.es.index-prefix", () -> archive.alias().replaceFirst("-documents$", ""));
        registry.add("pacta.home", () -> archive.folder().getParent().toString());
    }

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    LocalApi api() {
        return new LocalApi(port);
    }
}
