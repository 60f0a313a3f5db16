package org.pacta.core.document;

/** Reads what a document says about its agreement from its text (parties, dates, place, status, type, title). */
@FunctionalInterface
public interface MetadataReader {

    MetadataReader NONE = (text, title, fileName, language) -> AgreementMetadata.EMPTY;

    /**
     * @param title    the title from the file's own metadata, or null
     * @param language ISO 639-1 code of the text, or null
     */
    AgreementMetadata read(String text, String title, String fileName, String language);
}
