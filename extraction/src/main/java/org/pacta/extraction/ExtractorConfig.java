package org.pacta.extraction;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link TikaTextExtractor}. Immutable; start from {@link #defaults()} or {@link #builder()}.
 *
 * @param timeout              per-document wall-clock limit (parse + OCR + language detection)
 * @param maxChars             a document (with all its members) producing more text fails as TOO_LARGE
 * @param ocrEnabled           OCR scanned PDF pages (pages without a text layer) and images
 * @param ocrLanguages         tesseract language packs, {@code +}-separated, e.g. {@code eng} or {@code eng+fra}
 * @param ocrPageTimeout       limit for one tesseract run (one page / image)
 * @param ocrDpi               resolution at which PDF pages are rendered for OCR
 * @param tesseractCommand     {@code auto} (a system tesseract as new as the bundled one, else the bundled one),
 *                             {@code bundled}, a program name looked up on PATH, or an absolute path
 * @param detectLanguage       run language detection on the extracted text
 * @param languageSampleChars  how many characters of the text language detection looks at
 * @param maxEmbeddedDepth     archives nested deeper than this are not opened (warning on the parent)
 * @param maxEmbeddedResources at most this many embedded documents per file; the rest are skipped (warning)
 * @param stuckThreadGrace     after a timeout, how long to wait for the parser thread to stop before it
 *                             is reported as abandoned
 * @param ocrAutoLanguage      choose the OCR language per document: when OCR'd text is not in a language of
 *                             {@code ocrLanguages} (or looks like another script read with the wrong pack),
 *                             read it again with the detected language's pack plus {@code ocrLanguages}, if
 *                             installed (see the package documentation); default on
 */
public record ExtractorConfig(
        Duration timeout,
        long maxChars,
        boolean ocrEnabled,
        String ocrLanguages,
        Duration ocrPageTimeout,
        int ocrDpi,
        String tesseractCommand,
        boolean detectLanguage,
        int languageSampleChars,
        int maxEmbeddedDepth,
        int maxEmbeddedResources,
        Duration stuckThreadGrace,
        boolean ocrAutoLanguage) {

    public static final long DEFAULT_MAX_CHARS = 50_000_000L;

    /** The settings without {@code ocrAutoLanguage} (which is then on), as before it was added. */
    public ExtractorConfig(Duration timeout, long maxChars, boolean ocrEnabled, String ocrLanguages,
                           Duration ocrPageTimeout, int ocrDpi, String tesseractCommand, boolean detectLanguage,
                           int languageSampleChars, int maxEmbeddedDepth, int maxEmbeddedResources,
                           Duration stuckThreadGrace) {
        this(timeout, maxChars, ocrEnabled, ocrLanguages, ocrPageTimeout, ocrDpi, tesseractCommand,
                detectLanguage, languageSampleChars, maxEmbeddedDepth, maxEmbeddedResources, stuckThreadGrace, true);
    }

    public ExtractorConfig {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(ocrPageTimeout, "ocrPageTimeout");
        Objects.requireNonNull(stuckThreadGrace, "stuckThreadGrace");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxChars <= 0 || maxChars > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxChars must be in 1.." + (Integer.MAX_VALUE - 16));
        }
        if (ocrLanguages == null || !ocrLanguages.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw new IllegalArgumentException("ocrLanguages must look like eng or eng+fra: " + ocrLanguages);
        }
        if (tesseractCommand == null || tesseractCommand.isBlank()) {
            tesseractCommand = "auto";
        }
        if (ocrDpi < 50 || ocrDpi > 1200) {
            throw new IllegalArgumentException("ocrDpi out of range: " + ocrDpi);
        }
        if (languageSampleChars < 100) {
            throw new IllegalArgumentException("languageSampleChars must be >= 100");
        }
        if (maxEmbeddedDepth < 0 || maxEmbeddedResources < 0) {
            throw new IllegalArgumentException("embedded limits must be >= 0");
        }
    }

    public static ExtractorConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().timeout(timeout).maxChars(maxChars).ocrEnabled(ocrEnabled)
                .ocrLanguages(ocrLanguages).ocrPageTimeout(ocrPageTimeout).ocrDpi(ocrDpi)
                .tesseractCommand(tesseractCommand).detectLanguage(detectLanguage)
                .languageSampleChars(languageSampleChars).maxEmbeddedDepth(maxEmbeddedDepth)
                .maxEmbeddedResources(maxEmbeddedResources).stuckThreadGrace(stuckThreadGrace)
                .ocrAutoLanguage(ocrAutoLanguage);
    }

    public static final class Builder {
        private Duration timeout = Duration.ofMinutes(5);
        private long maxChars = DEFAULT_MAX_CHARS;
        private boolean ocrEnabled = true;
        private String ocrLanguages = "eng";
        private Duration ocrPageTimeout = Duration.ofMinutes(2);
        private int ocrDpi = 300;
        private String tesseractCommand = "auto";
        private boolean detectLanguage = true;
        private int languageSampleChars = 1_000;
        private int maxEmbeddedDepth = 5;
        private int maxEmbeddedResources = 1_000;
        private Duration stuckThreadGrace = Duration.ofSeconds(2);
        private boolean ocrAutoLanguage = true;

        private Builder() {
        }

        public Builder timeout(Duration v) { timeout = v; return this; }
        public Builder maxChars(long v) { maxChars = v; return this; }
        public Builder ocrEnabled(boolean v) { ocrEnabled = v; return this; }
        public Builder ocrLanguages(String v) { ocrLanguages = v; return this; }
        public Builder ocrPageTimeout(Duration v) { ocrPageTimeout = v; return this; }
        public Builder ocrDpi(int v) { ocrDpi = v; return this; }
        public Builder tesseractCommand(String v) { tesseractCommand = v; return this; }
        public Builder detectLanguage(boolean v) { detectLanguage = v; return this; }
        public Builder languageSampleChars(int v) { languageSampleChars = v; return this; }
        public Builder maxEmbeddedDepth(int v) { maxEmbeddedDepth = v; return this; }
        public Builder maxEmbeddedResources(int v) { maxEmbeddedResources = v; return this; }
        public Builder stuckThreadGrace(Duration v) { stuckThreadGrace = v; return this; }
        public Builder ocrAutoLanguage(boolean v) { ocrAutoLanguage = v; return this; }

        public ExtractorConfig build() {
            return new ExtractorConfig(timeout, maxChars, ocrEnabled, ocrLanguages, ocrPageTimeout, ocrDpi,
                    tesseractCommand, detectLanguage, languageSampleChars, maxEmbeddedDepth,
                    maxEmbeddedResources, stuckThreadGrace, ocrAutoLanguage);
        }
    }
}
