package org.pacta.wiring;

import org.pacta.config.PactaProperties;
import org.pacta.core.ingest.BlobStore;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.pacta.service.IngestComponents;
import org.pacta.web.ingest.IngestRoots;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    @Bean
    IngestComponents ingestComponents(PactaProperties properties, ElasticsearchAdapters elasticsearch) {
        return IngestComponents.create(properties, elasticsearch, null);
    }

    @Bean
    BlobStore blobStore(IngestComponents components) {
        return components.blobs();
    }

    @Bean
    IngestRoots ingestRoots(PactaProperties properties) {
        return new IngestRoots(properties.ingest().roots());
    }
}
