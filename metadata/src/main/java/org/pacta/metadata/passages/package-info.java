/**
 * Cuts a document's text into citable passages ({@link org.pacta.metadata.passages.StructuredPassages}).
 *
 * <p>Headings are recognised at a line's start, in Title or upper case, in English, French, Spanish,
 * Portuguese, German, Italian, Russian and Turkish (see {@code HeadingWords}): articles ("Article 24.6",
 * "Art. 5", "Article premier", "Artículo 3", "Статья 7", "Madde 4"), parts, chapters, sections and the parts
 * appended to a treaty (annexes, schedules, protocols, appendices). A table of contents is not structure.
 *
 * <p>Locators keep the document's word and number ("ARTICLE 24.6" is cited "Article 24.6") and nest outer
 * to inner with " · ": "Annex II · Article 3", "Chapter 3 · Article 12" (only where article numbers
 * restart). A numbered paragraph of a long article is "Article 5 · 2", a run of them "Article 5 · 2–4".
 * Pages are "p. 37", paragraphs of texts without structure "¶ 4" or "¶ 3–7"; the text before the first
 * heading is the "Preamble".
 *
 * <p>Invariants: ordinals 0..n-1; the first passage starts at 0, each starts where the one before ends,
 * the last ends at the text's end; none is blank; none exceeds the size bound once stripped of whitespace;
 * with page offsets, each passage's page is the one holding its start.
 */
package org.pacta.metadata.passages;
