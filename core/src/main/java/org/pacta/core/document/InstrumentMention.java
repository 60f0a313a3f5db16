package org.pacta.core.document;

/**
 * Another agreement a document names ("the 2021 Shusha Declaration", "the WTO Agreement").
 *
 * @param name the instrument's name as written, without article or year
 * @param year the year written with it, or null
 */
public record InstrumentMention(String name, Integer year, Evidence evidence) {
}
