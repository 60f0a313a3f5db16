package org.pacta.core.agreement;

/**
 * Brings the agreements up to date with the documents after an ingest, a prune or a deletion. Each
 * run rebuilds them all from the documents' facts, so no event or source outlives its document and
 * the outcome never depends on the order documents arrived in; only changed agreements are written.
 */
public final class AgreementRebuild {

    private final DocumentFactsSource documents;
    private final AgreementStore agreements;

    public AgreementRebuild(DocumentFactsSource documents, AgreementStore agreements) {
        this.documents = documents;
        this.agreements = agreements;
    }

    public AgreementStore.Changes run() {
        return agreements.replaceAll(AgreementCatalog.build(documents.all()));
    }
}
