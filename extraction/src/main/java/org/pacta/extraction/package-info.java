/**
 * Text extraction with Apache Tika, the adapter behind core's {@link org.pacta.core.ingest.TextExtractor}
 * port: file in, full text plus technical metadata out, or a classified failure.
 *
 * <ul>
 *   <li>{@link org.pacta.extraction.TikaTextExtractor} - Apache Tika 3 in this JVM, on worker
 *       threads with a per-document time limit (default).</li>
 *   <li>{@link org.pacta.extraction.ChildProcessTextExtractor} - the same in child JVMs with a heap
 *       limit and a kill on overrun (hard isolation).</li>
 *   <li>{@link org.pacta.core.ingest.Extraction} - result tree: archive members and attachments are
 *       children with their path inside the container.</li>
 *   <li>{@link org.pacta.core.ingest.FailureReason} / {@link org.pacta.core.ingest.ExtractionFailure}
 *       - why there is no text.</li>
 *   <li>{@link org.pacta.extraction.ExtractorConfig} - limits, OCR, language detection.</li>
 *   <li>{@link org.pacta.extraction.LanguageIdentifier} - Lingua, ISO 639-1.</li>
 * </ul>
 *
 * <h2>OCR</h2>
 * Tesseract, only for PDF pages without a usable text layer (Tika's AUTO strategy, "faster" variant: a
 * page is rendered when it has at most 10 characters or more than 10 % unmapped glyphs) and for images.
 * Text PDFs are never rendered. Measured: about 2.6-3.0 s per scanned page at 300 dpi with
 * {@code OMP_THREAD_LIMIT=1} (without it, tesseract's OpenMP threads make a page take several times the
 * CPU on two cores).
 *
 * <h3>OCR language, chosen per document ({@code ocrAutoLanguage}, on by default)</h3>
 * Tesseract needs the right language pack: Azerbaijani read with {@code eng} loses ə, ı, ş, ğ (about 20 %
 * of characters wrong on a clean page, 0 % with {@code aze}); Cyrillic or Arabic read with {@code eng} is
 * junk (90 % wrong). {@link org.pacta.extraction.AdaptiveOcr} therefore reads every page with the
 * document's current setting (at first {@code ocrLanguages}, default {@code eng}) and looks at the text
 * (Lingua on the page, and the share of "misread" words: mixed case inside a word, letters mixed with
 * digits or with another script). A page in a language of the setting, with a clear verdict and clean
 * words, is kept as it is: an English scan costs no extra tesseract run, only a detection per page
 * (milliseconds). Otherwise, on that page:
 * <ol>
 *   <li>If Lingua is not clear or the words look misread, tesseract's script detection ({@code --psm 0},
 *       needs the {@code osd} data, Debian {@code tesseract-ocr-osd}) tells the script; a non-Latin script
 *       is read again with its pack in front of the configured ones (Cyrillic: {@code rus+eng}, Arabic:
 *       {@code ara+eng}). Without osd this step is skipped (setup warning).</li>
 *   <li>Then, while Lingua names a language whose pack is installed ({@code tesseract --list-langs}, read
 *       once) and not in the setting, the page is read again with {@code <pack>+<ocrLanguages>}, e.g.
 *       {@code aze+eng} (at most two such steps: {@code eng} often reads Azerbaijani as Turkish, {@code
 *       tur+eng} then shows it is Azerbaijani). A clear verdict on words that are only slightly misread
 *       (Turkish ö read as 6) goes here directly, without script detection.</li>
 * </ol>
 * The setting found stays for the document's following pages, which are then read once; a page that does
 * not fit it (a bilingual treaty) starts a new search. Pages with little text (under 120 letters: title
 * pages, signatures) are kept as read and decide nothing. Bounds: at most 6 extra runs per document, none
 * that would, at the pace so far, push the remaining pages past the document's time limit (then a
 * warning), and a language found not to help is not tried again in that document. The text is always the
 * last reading of each page; {@link org.pacta.core.ingest.Extraction#ocrLanguages()} lists the
 * settings it came from and {@link org.pacta.core.ingest.Extraction#ocrExtraRuns()} counts the extra
 * runs.
 *
 * <p>Cost, CPU seconds with one thread, one dense page (2,300-2,800 characters): {@code eng} 1.0-1.6, script
 * detection 0.6-0.7 (1.1-1.3 on real noisy scans), {@code <pack>+eng} 1.3-1.7 ({@code tur+eng} on
 * Azerbaijani 2.8). So the first page of a French, German or Turkish scan costs one extra reading, Russian or
 * Arabic script detection plus one, Azerbaijani one or two; the later pages cost 0-20 % more than
 * {@code eng} alone (two models). Rejected: script detection first on every scan (English scans would pay
 * 40-80 % more on their first page); reading the whole document twice (doubles the OCR time of every
 * non-English scan and risks its time limit). With {@code ocrAutoLanguage=false} every page is read with
 * {@code ocrLanguages} only.
 *
 * <h2>Language detection</h2>
 * Lingua 1.2.2 takes a global lock for every n-gram lookup (its static model maps are synchronised), so
 * detection does not run in parallel inside one JVM; the sample is therefore kept short (3,000 characters
 * by default, ample for prose). Child processes are not affected.
 */
package org.pacta.extraction;
