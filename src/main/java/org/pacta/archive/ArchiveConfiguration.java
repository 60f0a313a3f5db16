package org.pacta.archive;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.config.PactaProperties;
import org.pacta.core.ingest.BlobStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    @Bean
    IngestComponents ingestComponents(PactaProperties properties, ElasticsearchClient client) {
        return IngestComponents.create(properties, client, null);
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
