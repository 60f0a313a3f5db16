package org.pacta.agreements;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.pacta.config.PactaProperties;
import org.pacta.elasticsearch.agreement.AgreementIndex;
import org.pacta.elasticsearch.index.IndexDefinition;
import org.pacta.elasticsearch.search.AgreementSearch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AgreementConfiguration {

    /** The agreements index is created here at start-up, so that searching an empty archive works. */
    @Bean
    AgreementSearch agreementSearch(ElasticsearchClient client, PactaProperties properties) {
        String prefix = properties.es().indexPrefix();
        return new AgreementSearch(client, new AgreementIndex(client, prefix).alias(), IndexDefinition.DOCUMENTS.alias(prefix));
    }
}
