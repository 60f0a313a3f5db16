package org.pacta.extraction;

import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.TikaPagedText;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static java.util.Map.entry;

/**
 * Chooses the OCR language page by page: every page is read with the document's current language setting
 * (at first the configured {@code ocrLanguages}); when the text does not look like a language of that
 * setting, the page is read again with a better one, which then stays for the following pages. See the
 * package documentation for the rules and their cost.
 *
 * <p>One instance per extractor (thread-safe); {@link #parser} makes the per-document part, a
 * {@link Parser} that the ParseContext hands to Tika's PDF parser for its OCR calls ("image/ocr-png") and
 * that the extractor uses for images. Anything that is not an OCR call goes straight to the delegate.
 */
final class AdaptiveOcr {

    /** Lingua's ISO 639-1 codes (see {@link LanguageIdentifier#CANDIDATES}) to tesseract language packs. */
    static final Map<String, String> PACK_BY_LANGUAGE = Map.ofEntries(
            entry("en", "eng"), entry("tr", "tur"), entry("az", "aze"), entry("ru", "rus"),
            entry("fr", "fra"), entry("es", "spa"), entry("de", "deu"), entry("ar", "ara"),
            entry("it", "ita"), entry("pt", "por"), entry("nl", "nld"), entry("uk", "ukr"),
            entry("fa", "fas"), entry("zh", "chi_sim"), entry("ja", "jpn"), entry("ko", "kor"));

    /** Tesseract OSD script names to packs that read them, best first (the first installed one is used). */
    static final Map<String, List<String>> PACKS_BY_SCRIPT = Map.ofEntries(
            entry("Cyrillic", List.of("rus", "ukr", "bul", "srp", "script/Cyrillic")),
            entry("Arabic", List.of("ara", "fas", "urd", "script/Arabic")),
            entry("Greek", List.of("ell", "script/Greek")),
            entry("Hebrew", List.of("heb", "script/Hebrew")),
            entry("Han", List.of("chi_sim", "chi_tra", "script/HanS")),
            entry("Japanese", List.of("jpn", "script/Japanese")),
            entry("Hangul", List.of("kor", "script/Hangul")),
            entry("Devanagari", List.of("hin", "script/Devanagari")),
            entry("Thai", List.of("tha", "script/Thai")),
            entry("Georgian", List.of("kat", "script/Georgian")),
            entry("Armenian", List.of("hye", "script/Armenian")));

    /** A page with fewer letters says too little about its language; it is kept as read. */
    static final int MIN_LETTERS = 120;
    /**
     * Lingua's runner-up at this fraction of the winner's confidence or more: no clear language. Measured:
     * English scans 0.79-0.83, other single languages up to 0.8; close relatives higher (Azerbaijani read
     * with eng: Turkish 1, Azerbaijani 0.96-0.99); Cyrillic or Arabic read with eng 0.98-1.
     */
    static final double AMBIGUOUS = 0.95;
    /**
     * Share of words that look like misread script (mixed case inside a word, letters and digits mixed)
     * above which a page may be another script read with the wrong pack. Measured: English scans
     * 0-0.012; Cyrillic read with eng 0.7, Arabic 0.2, Turkish 0.09 (ö read as 6), Azerbaijani 0.03.
     */
    static final double JUNK = 0.05;
    /** Above this share of misread words a page is too garbled for language detection. */
    static final double GARBLED = 0.25;
    /** At most this many extra tesseract runs (OSD + pages read again) per document. */
    static final int MAX_EXTRA_RUNS = 6;
    /** At most this many language steps on one page (eng -> tur+eng -> aze+eng for Azerbaijani). */
    private static final int MAX_LANGUAGE_STEPS = 2;

    private final Parser delegate;
    private final String configured;
    private final Set<String> installed;
    private final boolean auto;
    private final boolean osd;
    private final LanguageIdentifier identifier;
    private final int pageTimeoutSeconds;
    private final Map<String, TesseractOCRConfig> configs = new ConcurrentHashMap<>();
    private final TesseractOCRConfig osdConfig;

    /**
     * @param delegate   the extractor's parser (AutoDetectParser with the TesseractOCRParser)
     * @param configured the installed configured languages, {@code +}-joined
     * @param auto       choose per document; if false every page is read with {@code configured}
     * @param identifier language detection for the choice (required when auto)
     */
    AdaptiveOcr(Parser delegate, String configured, Set<String> installed, boolean auto,
                LanguageIdentifier identifier, int pageTimeoutSeconds) {
        this.delegate = delegate;
        this.configured = configured;
        this.installed = Set.copyOf(installed);
        this.auto = auto;
        this.identifier = identifier;
        this.osd = installed.contains("osd");
        this.pageTimeoutSeconds = pageTimeoutSeconds;
        this.osdConfig = new TesseractOCRConfig();
        osdConfig.setPageSegMode("0");
        osdConfig.setTimeoutSeconds(pageTimeoutSeconds);
    }

    /** Whether non-Latin scripts can be recognised (tesseract's osd data is installed). */
    boolean scriptDetection() {
        return osd;
    }

    /** Per-document OCR state and record; one per extracted document (not shared with its members). */
    static final class State {
        final Metadata documentMetadata;
        /** Setting used for the next page; {@code null} until the first change. */
        String current;
        final LinkedHashSet<String> textLanguages = new LinkedHashSet<>();
        int extraRuns;
        int pages;
        int runs;
        long runNanos;
        /** Detected languages for which no better setting exists (pack missing, or already tried). */
        final Set<String> noBetter = new HashSet<>();
        final List<String> warnings = new ArrayList<>();

        State(Metadata documentMetadata) {
            this.documentMetadata = documentMetadata;
        }
    }

    /**
     * The per-document parser.
     *
     * @param state    the state of the document currently being parsed (archive members have their own)
     * @param guard    the document's guard (cancellation)
     * @param deadline {@link System#nanoTime()} by which the whole document must be done
     */
    Parser parser(Supplier<State> state, ParseGuard guard, long deadline) {
        return new DocumentParser(state, guard, deadline);
    }

    private TesseractOCRConfig configFor(String languages) {
        return configs.computeIfAbsent(languages, l -> {
            TesseractOCRConfig c = new TesseractOCRConfig();
            c.setLanguage(l);
            c.setTimeoutSeconds(pageTimeoutSeconds);
            return c;
        });
    }

    /** The tesseract pack for an ISO 639-1 code, or null. */
    static String packFor(String language) {
        return language == null ? null : PACK_BY_LANGUAGE.get(language);
    }

    static boolean isOcrCall(Metadata metadata) {
        String override = metadata.get(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE);
        return override != null && override.startsWith("image/ocr-");
    }

    /** {@code pack} first, then the configured languages (without a duplicate). */
    String combine(String pack) {
        LinkedHashSet<String> l = new LinkedHashSet<>();
        l.add(pack);
        l.addAll(List.of(configured.split("\\+")));
        return String.join("+", l);
    }

    static boolean covers(String setting, String pack) {
        return List.of(setting.split("\\+")).contains(pack);
    }

    /**
     * Share of words (3+ letters/digits) that look like a script read with the wrong pack: an upper-case
     * letter after a lower-case one ("MpaBuTenbcTBo" for Правительство), letters and digits mixed, or
     * letters of two scripts ("Мидайэ" for Müdafiə read with rus+eng).
     */
    static double junk(String text) {
        int words = 0;
        int bad = 0;
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 3) {
                continue;
            }
            boolean digit = false;
            boolean lower = false;
            boolean misread = false;
            Character.UnicodeScript script = null;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isDigit(c)) {
                    digit = true;
                } else if (Character.isLetter(c)) {
                    if (Character.isLowerCase(c)) {
                        lower = true;
                    } else if (lower && Character.isUpperCase(c)) {
                        misread = true;
                    }
                    Character.UnicodeScript sc = Character.UnicodeScript.of(c);
                    if (script == null) {
                        script = sc;
                    } else if (sc != script) {
                        misread = true;
                    }
                }
            }
            if (script == null) {
                continue; // a number
            }
            words++;
            if (digit || misread) {
                bad++;
            }
        }
        return words == 0 ? 0 : (double) bad / words;
    }

    /** One reading of a page. */
    private record Reading(String languages, String text, LanguageIdentifier.Guess guess, double junk) {
    }

    /**
     * A decorator, so that parsers looking for a particular leaf parser in the context's parser (the mail
     * parser does, for its text bodies) find it through {@link ParserDecorator#getWrappedParser()}.
     */
    private final class DocumentParser extends ParserDecorator {
        private static final long serialVersionUID = 1L;
        private final transient Supplier<State> states;
        private final transient ParseGuard guard;
        private final long deadline;

        DocumentParser(Supplier<State> states, ParseGuard guard, long deadline) {
            super(delegate);
            this.states = states;
            this.guard = guard;
            this.deadline = deadline;
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException, SAXException, TikaException {
            State st = isOcrCall(metadata) ? states.get() : null;
            if (st == null) {
                delegate.parse(stream, handler, metadata, context);
                return;
            }
            st.pages++;
            String languages = st.current == null ? configured : st.current;
            if (!auto) {
                st.textLanguages.add(languages);
                run(st, stream, handler, metadata, context, configFor(languages));
                return;
            }
            try (TemporaryResources tmp = new TemporaryResources()) {
                TikaInputStream tis = TikaInputStream.get(stream, tmp, metadata);
                Path image = tis.getPath();
                Metadata original = copy(metadata);
                Reading r = read(st, image, metadata, context, languages);
                if (r.guess.letters() >= MIN_LETTERS && !plausible(r)
                        && !st.noBetter.contains(String.valueOf(r.guess.language()))) {
                    r = improve(st, image, original, context, r);
                }
                st.textLanguages.add(r.languages);
                emit(handler, r.text);
            }
        }

        /** The text is in a language of its setting, clearly, and reads like words. */
        private boolean plausible(Reading r) {
            String pack = packFor(r.guess.language());
            return pack != null && covers(r.languages, pack) && r.guess.runnerUp() < AMBIGUOUS && r.junk <= JUNK;
        }

        /**
         * Looks for a better setting for this page; returns the reading to keep. The setting found is kept
         * for the following pages when it came from the script or reads as a clear language of its own.
         */
        private Reading improve(State st, Path image, Metadata original, ParseContext context, Reading first)
                throws IOException, SAXException, TikaException {
            Search s = new Search(st, image, original, context, first);
            LanguageIdentifier.Guess g = first.guess;
            String pack = packFor(g.language());
            boolean covered = pack != null && covers(first.languages, pack);
            // A clear verdict for a language the setting lacks, on text that is words: that language (the
            // misread words are its letters missing from the pack, like Turkish ö read as 6). Otherwise
            // misread words, or a covered language Lingua is unsure about, may be another script.
            boolean clearOther = pack != null && !covered && g.runnerUp() < AMBIGUOUS && first.junk <= GARBLED;
            if (!clearOther && (first.junk > JUNK || covered)) {
                s.byScript();
            }
            s.byLanguage();
            if (!s.scriptChecked && s.best.junk > JUNK) {
                s.byScript();
                s.byLanguage();
            }
            if (s.best == first) {
                st.noBetter.add(String.valueOf(g.language()));
            } else if (s.scriptChanged || plausible(s.best)) {
                st.current = s.best.languages;
            }
            return s.best;
        }

        /** The readings of one page while a better setting is looked for. */
        private final class Search {
            final State st;
            final Path image;
            final Metadata original;
            final ParseContext context;
            final Set<String> tried = new HashSet<>();
            Reading best;
            boolean scriptChecked;
            boolean latin;
            boolean scriptChanged;

            Search(State st, Path image, Metadata original, ParseContext context, Reading first) {
                this.st = st;
                this.image = image;
                this.original = original;
                this.context = context;
                this.best = first;
                tried.add(first.languages);
            }

            /** Tesseract's script detection; a non-Latin script's pack in front of the configured ones. */
            void byScript() throws IOException, SAXException, TikaException {
                if (scriptChecked || !osd || !allowed(st, original, "script detection")) {
                    return;
                }
                scriptChecked = true;
                String script = script(st, image, original, context);
                latin = "Latin".equals(script);
                String scriptPack = scriptPack(script);
                if (scriptPack == null || covers(best.languages, scriptPack)) {
                    return;
                }
                String setting = combine(scriptPack);
                if (!tried.add(setting) || !allowed(st, original, "reading with " + setting)) {
                    return;
                }
                Reading r = readAgain(st, image, original, context, setting);
                // Keep it if it reads better: fewer misread words, or a language of that script.
                String rPack = r == null ? null : packFor(r.guess.language());
                if (r != null && (r.junk < best.junk - 0.02
                        || rPack != null && PACKS_BY_SCRIPT.get(script).contains(rPack))) {
                    best = r;
                    scriptChanged = true;
                }
            }

            /** Re-reads with the detected language's pack while that changes the setting. */
            void byLanguage() throws IOException, SAXException, TikaException {
                for (int step = 0; step < MAX_LANGUAGE_STEPS; step++) {
                    LanguageIdentifier.Guess g = best.guess;
                    // Lingua's verdict means something on clean text, or on text with a few misread words
                    // when it is clear or OSD says Latin script; not on junk.
                    boolean meaningful = best.junk <= JUNK
                            || best.junk <= GARBLED && (latin || g.runnerUp() < AMBIGUOUS);
                    if (g.language() == null || g.letters() < MIN_LETTERS || !meaningful) {
                        return;
                    }
                    String p = packFor(g.language());
                    if (p == null || covers(best.languages, p)) {
                        return;
                    }
                    if (!installed.contains(p)) {
                        st.noBetter.add(g.language());
                        warnOnce(st, "OCR: the text looks like '" + g.language() + "' but the tesseract pack '"
                                + p + "' is not installed; read with " + best.languages);
                        return;
                    }
                    String setting = combine(p);
                    if (!tried.add(setting) || !allowed(st, original, "reading with " + setting)) {
                        return;
                    }
                    Reading r = readAgain(st, image, original, context, setting);
                    if (r == null) {
                        return;
                    }
                    best = r;
                }
            }
        }

        /** The first installed pack for an OSD script other than Latin, else null. */
        private String scriptPack(String script) {
            if (script == null) {
                return null;
            }
            for (String p : PACKS_BY_SCRIPT.getOrDefault(script, List.of())) {
                if (installed.contains(p)) {
                    return p;
                }
            }
            return null;
        }

        /** Script by tesseract's OSD (--psm 0), or null if it could not tell. */
        private String script(State st, Path image, Metadata original, ParseContext context)
                throws SAXException, IOException, TikaException {
            Metadata md = copy(original);
            st.extraRuns++;
            try (TikaInputStream in = TikaInputStream.get(image)) {
                run(st, in, new BodyContentHandler(-1), md, context, osdConfig);
            } catch (IOException | TikaException e) {
                // typically "Too few characters": not enough text on the page to tell
                rethrowIfCancelled(e);
                return null;
            }
            return md.get(TesseractOCRParser.PSM0_SCRIPT);
        }

        private Reading read(State st, Path image, Metadata md, ParseContext context, String languages)
                throws IOException, SAXException, TikaException {
            BodyContentHandler capture = new BodyContentHandler(-1);
            try (TikaInputStream in = TikaInputStream.get(image)) {
                run(st, in, capture, md, context, configFor(languages));
            }
            String text = capture.toString();
            return new Reading(languages, text, identifier.guess(text.strip()), junk(text));
        }

        /** An extra reading; null (and a warning) if tesseract failed. */
        private Reading readAgain(State st, Path image, Metadata original, ParseContext context, String languages)
                throws IOException, SAXException, TikaException {
            st.extraRuns++;
            try {
                return read(st, image, copy(original), context, languages);
            } catch (IOException | TikaException e) {
                rethrowIfCancelled(e);
                warnOnce(st, "OCR: reading a page again with " + languages + " failed: " + e.getMessage());
                return null;
            }
        }

        private void run(State st, InputStream in, ContentHandler handler, Metadata md, ParseContext context,
                         TesseractOCRConfig config) throws IOException, SAXException, TikaException {
            guard.check();
            TesseractOCRConfig saved = context.get(TesseractOCRConfig.class);
            context.set(TesseractOCRConfig.class, config);
            long t0 = System.nanoTime();
            try {
                delegate.parse(in, handler, md, context);
            } finally {
                context.set(TesseractOCRConfig.class, saved);
                st.runs++;
                st.runNanos += System.nanoTime() - t0;
            }
            guard.check();
        }

        private void rethrowIfCancelled(Exception e) throws SAXException, IOException, TikaException {
            guard.check();
            if (Thread.currentThread().isInterrupted()) {
                if (e instanceof TikaException t) {
                    throw t;
                }
                throw (IOException) e;
            }
        }

        /**
         * Whether one more tesseract run fits: within the per-document budget of extra runs, and leaving
         * time for this run and the pages still to come at the pace so far (else a warning).
         */
        private boolean allowed(State st, Metadata page, String what) {
            if (st.extraRuns >= MAX_EXTRA_RUNS) {
                return false;
            }
            Integer pages = st.documentMetadata == null ? null : st.documentMetadata.getInt(PagedText.N_PAGES);
            Integer pageNo = page.getInt(TikaPagedText.PAGE_NUMBER);
            long remaining = remainingOcrPages(pages, pageNo, st.pages);
            if (!fits(System.nanoTime(), deadline, st.runs == 0 ? 0 : st.runNanos / st.runs, remaining)) {
                warnOnce(st, "OCR: " + what + " skipped to stay within the time limit");
                return false;
            }
            return true;
        }
    }

    /**
     * Whether one more run and then {@code remainingPages} more, each taking {@code perRun} like the runs so
     * far, end before {@code deadline} with a quarter to spare.
     */
    static boolean fits(long now, long deadline, long perRun, long remainingPages) {
        long need = perRun * (1 + remainingPages);
        return now + need + need / 4 <= deadline;
    }

    /**
     * Pages of a document still to be OCR'd after page {@code pageNo} (1-based) of {@code pages}, at the
     * share of pages OCR'd so far ({@code ocrPagesSoFar}, this one included); 0 if unknown (images).
     */
    static long remainingOcrPages(Integer pages, Integer pageNo, int ocrPagesSoFar) {
        if (pages == null || pageNo == null || pageNo < 1 || pageNo >= pages) {
            return 0;
        }
        double share = Math.min(1.0, (double) ocrPagesSoFar / pageNo);
        return (long) Math.ceil((pages - pageNo) * share);
    }

    private static void warnOnce(State st, String warning) {
        if (!st.warnings.contains(warning)) {
            st.warnings.add(warning);
        }
    }

    /** Hands the chosen text on as the OCR parser would have (characters inside the XHTML body). */
    private static void emit(ContentHandler handler, String text) throws SAXException {
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, new Metadata());
        xhtml.startDocument();
        char[] chars = text.toCharArray();
        xhtml.characters(chars, 0, chars.length);
        xhtml.endDocument();
    }

    private static Metadata copy(Metadata md) {
        Metadata c = new Metadata();
        for (String name : md.names()) {
            for (String v : md.getValues(name)) {
                c.add(name, v);
            }
        }
        return c;
    }
}
