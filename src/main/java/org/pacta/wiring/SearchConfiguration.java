package org.pacta.wiring;

import org.pacta.core.party.PartyNames;
import org.pacta.core.search.AgreementSearch;
import org.pacta.core.search.DocumentPassages;
import org.pacta.core.search.DocumentReader;
import org.pacta.core.search.DocumentSearch;
import org.pacta.config.SharedTextProperties;
import org.pacta.core.sharedtext.SharedText;
import org.pacta.core.sharedtext.SharedTextFinder;
import org.pacta.web.search.SearchParameters;
import org.pacta.elasticsearch.adapters.ElasticsearchAdapters;
import org.pacta.metadata.parties.Gazetteer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.NoSuchElementException;

/** The ports the search API reads through: documents, agreements, shared text, party names. */
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
    SharedTextFinder sharedTextFinder(ElasticsearchAdapters elasticsearch, SharedTextProperties properties) {
        return elasticsearch.sharedText(properties.settings());
    }

    /** What the search filter {@code shares_text_with} reads: the documents that share text with one. */
    @Bean
    SearchParameters.SharingDocuments sharingDocuments(SharedTextFinder finder) {
        return documentId -> finder.of(documentId)
                .map(shared -> shared.related().stream().map(SharedText.Related::documentId).toList())
                .orElseThrow(() -> new NoSuchElementException("No document " + documentId));
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
