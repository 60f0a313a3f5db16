package org.pacta.core.agreement;

/**
 * Another agreement named in the sources.
 *
 * @param agreementId the archive's agreement it names, or null when the archive does not know it ("mentioned")
 * @param documentId  the document that names it
 * @param sentence    the sentence that names it
 */
public record RelatedAgreement(String name, Integer year, String agreementId, String documentId, String sentence) {
}
