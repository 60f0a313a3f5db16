package org.pacta.wiring;

import org.pacta.core.party.PartyNames;
import org.pacta.core.search.AgreementSearch;
import org.pacta.core.search.DocumentPassages;
import org.pacta.core.search.DocumentReader;
import org.pacta.core.search.DocumentSearch;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.pacta.metadata.parties.Gazetteer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ports the search API reads through: documents, agreements, party names. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    DocumentSearch documentSearch(ElasticsearchAdapters elasticsearch) {
        return elasticsearch.documentSearch();
    }

    @Bean
    DocumentReader documentReader(ElasticsearchAdapters elasticsearch) {
        return elasticsearch.documentReader();
    }

    @Bean
    DocumentPassages documentPassages(ElasticsearchAdapters elasticsearch) {
        return elasticsearch.documentPassages();
    }

    @Bean
    AgreementSearch agreementSearch(ElasticsearchAdapters elasticsearch) {
        return elasticsearch.agreementSearch();
    }

    @Bean
    PartyNames partyNames() {
        return new Gazetteer();
    }
}
