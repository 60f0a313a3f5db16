package org.pacta.wiring;

import org.pacta.core.search.AgreementSearch;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AgreementConfiguration {

    @Bean
    AgreementSearch agreementSearch(ElasticsearchAdapters elasticsearch) {
        return elasticsearch.agreementSearch();
    }
}
