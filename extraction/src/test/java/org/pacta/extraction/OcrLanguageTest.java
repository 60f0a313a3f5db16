package org.pacta.extraction;

import org.pacta.core.ingest.Extraction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The automatic OCR language choice with real tesseract, on scans made here (Java2D, DejaVu Sans) of
 * known text, so that the character error rate against that text can be measured.
 */
class OcrLanguageTest {

    static final String AZ = "Azərbaycan Respublikasının Müdafiə Nazirliyi və Türkiyə Respublikasının Milli Müdafiə "
            + "Nazirliyi arasında hərbi təhsil sahəsində əməkdaşlığa dair anlaşma memorandumu. Tərəflər, iki "
            + "dövlət arasında mövcud olan dostluq və qardaşlıq münasibətlərini nəzərə alaraq, hərbi sahədə "
            + "əməkdaşlığın inkişaf etdirilməsinin vacibliyini qeyd edərək, aşağıdakılar barədə razılığa "
            + "gəlmişlər. Bu memorandumun məqsədi tərəflərin silahlı qüvvələri arasında təcrübə mübadiləsini "
            + "genişləndirmək, birgə təlimlər keçirmək və hərbi qulluqçuların peşəkar hazırlığını "
            + "yüksəltməkdir. Tərəflər bu memorandumun həyata keçirilməsi ilə bağlı məlumatları üçüncü tərəfə "
            + "onların yazılı razılığı olmadan ötürməməyi öhdələrinə götürürlər.";
    static final String RU = "Соглашение между Правительством Российской Федерации и Правительством "
            + "Азербайджанской Республики о сотрудничестве в области образования. Стороны, руководствуясь "
            + "стремлением к развитию дружественных отношений между двумя государствами и признавая важность "
            + "сотрудничества в области науки и культуры, согласились о нижеследующем. Статья 1. Стороны "
            + "содействуют обмену студентами, преподавателями и научными работниками, а также обмену "
            + "информацией о системах образования своих государств. Статья 2. Настоящее Соглашение вступает в "
            + "силу с даты получения последнего письменного уведомления о выполнении Сторонами "
            + "внутригосударственных процедур.";
    static final String EN = "Agreement between the Government of the Republic of Estonia and the Government of the "
            + "United Kingdom on the mutual protection of classified information. The Parties, wishing to "
            + "ensure the protection of classified information exchanged between them or between legal "
            + "entities under their jurisdiction, have agreed as follows. Article 1. This Agreement shall apply "
            + "to all activities, contracts and agreements involving classified information that are conducted "
            + "or concluded between the Parties. Article 2. Each Party shall take all appropriate measures in "
            + "accordance with its national laws and regulations to protect classified information transmitted "
            + "under this Agreement.";

    static final String AR = "اتفاقية بين حكومة جمهورية أذربيجان وحكومة المملكة العربية السعودية بشأن التعاون في "
            + "مجال التعليم. إن الطرفين، رغبة منهما في تطوير علاقات الصداقة بين البلدين، وإدراكا لأهمية التعاون "
            + "العلمي والثقافي، قد اتفقا على ما يلي. المادة الأولى. يشجع الطرفان تبادل الطلاب والأساتذة "
            + "والباحثين. المادة الثانية. تدخل هذه الاتفاقية حيز النفاذ من تاريخ استلام آخر إشعار كتابي "
            + "باستكمال الإجراءات الداخلية.";

    private static TikaTextExtractor auto;
    private static TikaTextExtractor engOnly;

    @BeforeAll
    static void start() {
        auto = new TikaTextExtractor();
        engOnly = new TikaTextExtractor(ExtractorConfig.builder().ocrAutoLanguage(false).build());
    }

    @AfterAll
    static void stop() {
        auto.close();
        engOnly.close();
    }

    /** The language data comes with the build (ingest/pom.xml), so a missing pack is a failure, not a skip. */
    private static void assumePacks(String... packs) {
        assertTrue(auto.ocrAvailable(), auto::ocrUnavailableReason);
        for (String p : packs) {
            assertTrue(auto.installedOcrLanguages().contains(p), () -> "tesseract pack " + p + " missing from the build");
        }
    }

    private static BufferedImage scan(String text) {
        Font font = Fixtures.scanFont(text, 50f);
        assertNotNull(font, "DejaVu Sans not installed (./pacta test installs fonts-dejavu-core)");
        return Fixtures.scanImage(text, font);
    }

    @Test
    void azerbaijaniScanIsReadWithAzeAndFarBetterThanWithEngAlone(@TempDir Path dir) throws Exception {
        assumePacks("eng", "aze", "tur");
        Path png = Fixtures.write(dir.resolve("memorandum.png"), Fixtures.png(scan(AZ)));

        Extraction a = auto.extract(png);
        assertTrue(a.ok(), a::toString);
        assertEquals(List.of("aze+eng"), a.ocrLanguages(), a::toString);
        assertEquals("az", a.language());
        String text = CorpusExtractionTest.squash(a.text());
        assertTrue(text.contains("Azərbaycan Respublikasının Müdafiə Nazirliyi"), text);
        assertTrue(text.contains("əməkdaşlığa") && text.contains("öhdələrinə"), text);

        Extraction e = engOnly.extract(png);
        assertTrue(e.ok(), e::toString);
        assertEquals(List.of("eng"), e.ocrLanguages());
        assertEquals(0, e.ocrExtraRuns());
        assertFalse(e.text().contains("ə"), e.text());

        double cerAuto = cer(AZ, a.text());
        double cerEng = cer(AZ, e.text());
        System.out.printf("Azerbaijani scan: CER %.1f %% with %s (%d extra runs, %d ms), %.1f %% with eng (%d ms)%n",
                100 * cerAuto, a.ocrLanguages(), a.ocrExtraRuns(), a.elapsed().toMillis(), 100 * cerEng,
                e.elapsed().toMillis());
        assertTrue(cerAuto < 0.02, "CER with aze: " + cerAuto);
        assertTrue(cerEng > 0.05 && cerEng > 4 * cerAuto, "CER with eng: " + cerEng + " vs " + cerAuto);
    }

    @Test
    void russianScannedPdfIsReadWithRus(@TempDir Path dir) throws Exception {
        assumePacks("eng", "rus", "osd");
        Path pdf = Fixtures.write(dir.resolve("soglashenie.pdf"), Fixtures.imagePdf(List.of(scan(RU))));

        Extraction r = auto.extract(pdf);
        assertTrue(r.ok(), r::toString);
        assertEquals(1, r.ocrPages());
        assertEquals(List.of("rus+eng"), r.ocrLanguages(), r::toString);
        assertEquals("ru", r.language());
        String text = CorpusExtractionTest.squash(r.text());
        assertTrue(text.contains("Соглашение между Правительством Российской Федерации"), text);
        double cerAuto = cer(RU, r.text());

        Extraction e = engOnly.extract(pdf);
        double cerEng = cer(RU, e.text());
        System.out.printf("Russian scan: CER %.1f %% with %s (%d extra runs, %d ms), %.1f %% with eng (%d ms)%n",
                100 * cerAuto, r.ocrLanguages(), r.ocrExtraRuns(), r.elapsed().toMillis(), 100 * cerEng,
                e.elapsed().toMillis());
        assertTrue(cerAuto < 0.02, "CER with rus: " + cerAuto);
        assertTrue(cerEng > 0.5, "CER with eng: " + cerEng);
    }

    @Test
    void englishScanIsReadOnceWithEng(@TempDir Path dir) throws Exception {
        assumePacks("eng");
        BufferedImage page = scan(EN);
        Path pdf = Fixtures.write(dir.resolve("agreement.pdf"), Fixtures.imagePdf(List.of(page, page)));
        Extraction e = auto.extract(pdf);
        assertTrue(e.ok(), e::toString);
        assertEquals(2, e.ocrPages());
        assertEquals(List.of("eng"), e.ocrLanguages());
        assertEquals(0, e.ocrExtraRuns(), e::toString);
        assertEquals("en", e.language());
        assertTrue(cer(EN + " " + EN, e.text()) < 0.01, e.text());

        Path png = Fixtures.write(dir.resolve("agreement.png"), Fixtures.png(page));
        Extraction i = auto.extract(png);
        assertEquals(List.of("eng"), i.ocrLanguages());
        assertEquals(0, i.ocrExtraRuns(), i::toString);
    }

    @Test
    void theLanguageFoundOnTheFirstPageIsKeptForTheNext(@TempDir Path dir) throws Exception {
        assumePacks("eng", "aze", "tur");
        BufferedImage page = scan(AZ);
        Extraction one = auto.extract(Fixtures.write(dir.resolve("one.pdf"), Fixtures.imagePdf(List.of(page))));
        Path pdf = Fixtures.write(dir.resolve("three.pdf"), Fixtures.imagePdf(List.of(page, page, page)));
        Extraction a = auto.extract(pdf);
        assertTrue(a.ok(), a::toString);
        assertEquals(3, a.ocrPages());
        assertEquals(List.of("aze+eng"), a.ocrLanguages(), a::toString);
        // Page 1 is read with eng, then (tur+eng and) aze+eng; pages 2 and 3 once, with aze+eng.
        assertTrue(one.ocrExtraRuns() >= 1 && one.ocrExtraRuns() <= 2, one::toString);
        assertEquals(one.ocrExtraRuns(), a.ocrExtraRuns(), a::toString);
        assertTrue(cer(AZ + " " + AZ + " " + AZ, a.text()) < 0.02, a.text());
    }

    @Test
    void arabicScanIsReadWithAra(@TempDir Path dir) throws Exception {
        assumePacks("eng", "ara", "osd");
        Path png = Fixtures.write(dir.resolve("ittifaqiya.png"), Fixtures.png(scan(AR)));
        Extraction a = auto.extract(png);
        assertTrue(a.ok(), a::toString);
        assertEquals(List.of("ara+eng"), a.ocrLanguages(), a::toString);
        assertEquals("ar", a.language());
        double cerAuto = cer(AR, a.text());
        double cerEng = cer(AR, engOnly.extract(png).text());
        System.out.printf("Arabic scan: CER %.1f %% with %s, %.1f %% with eng%n", 100 * cerAuto, a.ocrLanguages(),
                100 * cerEng);
        assertTrue(cerAuto < 0.05 && cerEng > 0.5, cerAuto + " / " + cerEng);
    }

    @Test
    void textPdfsAreNotOcrd() throws Exception {
        assumePacks("eng");
        Extraction e = auto.extract(TestData.agreement("tota_42.pdf"));
        assertTrue(e.ok(), e::toString);
        assertFalse(e.ocrApplied());
        assertEquals(List.of(), e.ocrLanguages());
        assertEquals(0, e.ocrExtraRuns());
    }

    @Test
    void childProcessesChooseTheLanguageToo(@TempDir Path dir) throws Exception {
        assumePacks("eng", "aze", "tur");
        Path png = Fixtures.write(dir.resolve("memorandum.png"), Fixtures.png(scan(AZ)));
        ExtractorConfig config = ExtractorConfig.builder().timeout(Duration.ofMinutes(2)).build();
        try (ChildProcessTextExtractor child = new ChildProcessTextExtractor(config, 1, "512m")) {
            Extraction a = child.extract(png);
            assertTrue(a.ok(), a::toString);
            assertEquals(List.of("aze+eng"), a.ocrLanguages(), a::toString);
            assertTrue(a.ocrExtraRuns() >= 1 && a.ocrExtraRuns() <= 2, a::toString);
            assertTrue(a.text().contains("Müdafiə"), a.text());
        }
        ExtractorConfig off = config.toBuilder().ocrAutoLanguage(false).build();
        assertEquals(off, ChildProcessTextExtractor.configFromArgs(
                ChildProcessTextExtractor.configToArgs(off).toArray(String[]::new)));
    }

    @Test
    void junkScoreTellsMisreadScriptFromText() {
        assertEquals(0.0, AdaptiveOcr.junk(EN));
        assertEquals(0.0, AdaptiveOcr.junk(AZ));
        assertEquals(0.0, AdaptiveOcr.junk(RU));
        assertEquals(0.0, AdaptiveOcr.junk("Article 12, 1992, 3.5 % (USA, EU)"));
        // the first words of RU as tesseract's eng model reads them
        assertTrue(AdaptiveOcr.junk("CornaweHue mexgy MpaButenbctBom Poccunckou Degzepauun uv MpaBuTenbcTBOM "
                + "A3ep6angxaHcKon Pecny6nuKknu oO COTPYAHNYeECTBe B OONacTU OOpa3z0BaHu A.") > 0.5);
        // Latin letters inside Cyrillic words (C, o, e in "Соглашение между Правительством")
        assertEquals(1.0, AdaptiveOcr.junk("Coглашение мeжду Правительствoм"));
    }

    @Test
    void extraRunsAreSkippedWhenTheyWouldOverrunTheTimeLimit() {
        long s = 1_000_000_000L;
        // an image (no pages to come): 2 s per run, 3 s left -> one more run fits, with 2 s left it does not
        assertTrue(AdaptiveOcr.fits(0, 3 * s, 2 * s, 0));
        assertFalse(AdaptiveOcr.fits(0, 2 * s, 2 * s, 0));
        // page 1 of 10, all OCR'd so far: 9 pages to come
        assertEquals(9, AdaptiveOcr.remainingOcrPages(10, 1, 1));
        assertFalse(AdaptiveOcr.fits(0, 20 * s, 2 * s, 9));
        assertTrue(AdaptiveOcr.fits(0, 30 * s, 2 * s, 9));
        // page 50 of 100 and only 5 pages needed OCR so far: about 5 more to come
        assertEquals(5, AdaptiveOcr.remainingOcrPages(100, 50, 5));
        assertEquals(0, AdaptiveOcr.remainingOcrPages(null, null, 1));
        assertEquals(0, AdaptiveOcr.remainingOcrPages(3, 3, 3));
    }

    @Test
    void packsForLinguaLanguagesAndScripts() {
        for (var language : LanguageIdentifier.CANDIDATES) {
            String iso = language.getIsoCode639_1().name().toLowerCase(java.util.Locale.ROOT);
            assertTrue(AdaptiveOcr.packFor(iso) != null, iso);
        }
        assertEquals("aze", AdaptiveOcr.packFor("az"));
        assertEquals(null, AdaptiveOcr.packFor(null));
        assertEquals("rus", AdaptiveOcr.PACKS_BY_SCRIPT.get("Cyrillic").get(0));
        assertEquals("ara", AdaptiveOcr.PACKS_BY_SCRIPT.get("Arabic").get(0));
    }

    /** Character error rate: edit distance between the texts (whitespace runs as one space) / reference length. */
    static double cer(String reference, String ocr) {
        String a = CorpusExtractionTest.squash(reference).strip();
        String b = CorpusExtractionTest.squash(ocr).strip();
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return (double) prev[b.length()] / a.length();
    }
}
