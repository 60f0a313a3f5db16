/**
 * Text extraction: file in, full text plus technical metadata out, or a classified failure.
 *
 * <ul>
 *   <li>{@link org.pacta.ingest.extract.TextExtractor} - the port: {@code Extraction extract(Path)}.</li>
 *   <li>{@link org.pacta.ingest.extract.TikaTextExtractor} - Apache Tika 3 in this JVM, on worker
 *       threads with a per-document time limit (default).</li>
 *   <li>{@link org.pacta.ingest.extract.ChildProcessTextExtractor} - the same in child JVMs with a heap
 *       limit and a kill on overrun (hard isolation).</li>
 *   <li>{@link org.pacta.ingest.extract.Extraction} - result tree: archive members and attachments are
 *       children with their path inside the container.</li>
 *   <li>{@link org.pacta.ingest.extract.FailureKind} / {@link org.pacta.ingest.extract.ExtractionFailure}
 *       - why there is no text.</li>
 *   <li>{@link org.pacta.ingest.extract.ExtractorConfig} - limits, OCR, language detection.</li>
 *   <li>{@link org.pacta.ingest.extract.LanguageIdentifier} - Lingua, ISO 639-1.</li>
 * </ul>
 *
 * <h2>OCR</h2>
 * Tesseract, only for PDF pages without a usable text layer (Tika's AUTO strategy, "faster" variant: a
 * page is rendered when it has at most 10 characters or more than 10 % unmapped glyphs) and for images.
 * Text PDFs are never rendered. Measured: about 2.6-3.0 s per scanned page at 300 dpi with
 * {@code OMP_THREAD_LIMIT=1} (without it, tesseract's OpenMP threads make a page take several times the
 * CPU on two cores). Languages are fixed per extractor ({@code ocrLanguages}, default {@code eng},
 * e.g. {@code eng+fra}).
 *
 * <p>Not done (option for later): choosing the OCR language per document from the detected language.
 * For Latin-script languages that works (OCR with eng, detect, OCR again with e.g. fra, a second pass
 * for those documents only), but an eng pass over Cyrillic or Arabic script yields junk that no
 * language detector recognises, so it would need tesseract's script detection ({@code --psm 0}, OSD)
 * on the first page first. Until then, configure {@code ocrLanguages} per collection.
 *
 * <h2>Language detection</h2>
 * Lingua 1.2.2 takes a global lock for every n-gram lookup (its static model maps are synchronised), so
 * detection does not run in parallel inside one JVM; the sample is therefore kept short (3,000 characters
 * by default, ample for prose). Child processes are not affected.
 */
package org.pacta.ingest.extract;
