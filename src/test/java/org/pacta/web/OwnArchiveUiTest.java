package org.pacta.web;

import org.pacta.elasticsearch.testing.TestElasticsearch;
import org.pacta.service.ArchiveFolder;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A browser test over an archive of its own (files the test writes), not the shared corpus, so that
 * the corpus tests' counts stay as they are. A subclass ingests its {@link ArchiveFolder} in a static
 * field and hands it to {@link #serve} from its own {@code @DynamicPropertySource} method.
 */
abstract class OwnArchiveUiTest extends ChromiumTest {

    /** Points the server at the archive's index and data dir. */
    static void serve(DynamicPropertyRegistry registry, ArchiveFolder archive) {
        registry.add("pacta.es.url", () -> TestElasticsearch.shared().settings().nodes().get(0).toString());
        registry.add("pacta.es.index-prefix", () -> archive.alias().replaceFirst("-documents$", ""));
        registry.add("pacta.home", () -> archive.folder().getParent().toString());
    }
}
