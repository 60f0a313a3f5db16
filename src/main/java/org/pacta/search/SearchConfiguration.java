package org.pacta.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.config.PactaProperties;
import org.pacta.elasticsearch.search.DocumentReader;
import org.pacta.elasticsearch.search.DocumentSearch;
import org.pacta.metadata.parties.Gazetteer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    DocumentSearch documentSearch(ElasticsearchClient client, PactaProperties properties) {
        return new DocumentSearch(client, properties.es().indexPrefix() + "-documents");
    }

    @Bean
    DocumentReader documentReader(ElasticsearchClient client, PactaProperties properties) {
        return new DocumentReader(client, properties.es().indexPrefix() + "-documents");
    }

    @Bean
    Gazetteer gazetteer() {
        return new Gazetteer();
    }
}
