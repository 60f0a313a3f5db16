package org.pacta.extraction;

import org.pacta.core.ingest.Extraction;
import org.pacta.core.ingest.FailureReason;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken, malicious and odd inputs: each gets its failure class and the extractor keeps working. */
class HostileInputTest {

    private static TikaTextExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        extractor = new TikaTextExtractor();
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @AfterEach
    void extractorStillWorks() {
        Extraction e = extractor.extract(TestData.agreement("tota_5.html"));
        assertTrue(e.ok(), () -> "extractor broken after a hostile input: " + e);
        assertEquals("EFTA - Egypt", e.title());
    }

    private static FailureReason kind(Extraction e) {
        return e.failureKind().orElse(null);
    }

    @Test
    void zeroBytes() throws Exception {
        Extraction e = extractor.extract(Fixtures.write(dir.resolve("empty.pdf"), new byte[0]));
        assertEquals(FailureReason.EMPTY, kind(e), e::toString);
    }

    @Test
    void missingFile() {
        Extraction e = extractor.extract(dir.resolve("nope.txt"));
        assertEquals(FailureReason.IO_ERROR, kind(e), e::toString);
    }

    @Test
    void encryptedPdf() throws Exception {
        Extraction e = extractor.extract(Fixtures.encryptedPdf(dir));
        assertEquals(FailureReason.ENCRYPTED, kind(e), e::toString);
        assertEquals("application/pdf", e.mediaType());
        assertTrue(e.text().isEmpty());
    }

    @Test
    void truncatedPdf() throws Exception {
        Extraction e = extractor.extract(Fixtures.truncatedPdf(dir));
        assertEquals(FailureReason.CORRUPT, kind(e), e::toString);
        assertEquals("application/pdf", e.mediaType());
    }

    @Test
    void randomBytesAreUnsupported() throws Exception {
        Extraction e = extractor.extract(Fixtures.write(dir.resolve("noise.bin"), Fixtures.randomBytes(4096, 42)));
        assertEquals(FailureReason.UNSUPPORTED_TYPE, kind(e), e::toString);
        assertEquals("application/octet-stream", e.mediaType());
        // Content without any signature: the name is the only hint, and a ".pdf" that PDFBox cannot
        // read is a corrupt PDF.
        Extraction pdf = extractor.extract(Fixtures.write(dir.resolve("noise.pdf"), Fixtures.randomBytes(4096, 42)));
        assertEquals(FailureReason.CORRUPT, kind(pdf), pdf::toString);
    }

    @Test
    void docxZipBombIsStopped() throws Exception {
        Path bomb = Fixtures.docxBomb(dir, 20_000); // ~20 M characters from ~60 kB
        assertTrue(Files.size(bomb) < 200_000, "fixture size " + Files.size(bomb));
        Extraction e = extractor.extract(bomb);
        assertEquals(FailureReason.ZIP_BOMB, kind(e), e::toString);
    }

    @Test
    void tooMuchTextIsTooLargeNotOutOfMemory() {
        try (TikaTextExtractor small = new TikaTextExtractor(ExtractorConfig.builder().maxChars(50_000).build())) {
            Extraction e = small.extract(TestData.agreement("tota_1.txt"));
            assertEquals(FailureReason.TOO_LARGE, kind(e), e::toString);
            assertTrue(e.failure().message().contains("50000"), e.failure().message());
            assertTrue(small.extract(TestData.agreement("tota_86.txt")).ok());
        }
    }

    @Test
    void htmlScriptAndStyleAreNotText() throws Exception {
        String html = """
                <!DOCTYPE html><html><head><title>Protocol on Fisheries</title>
                <style>body { color: red; } .stylesecret {}</style>
                <script>var scriptSecret = "do not index me"; document.write('injected');</script>
                </head><body><h1>Protocol on Fisheries</h1>
                <p>The Parties agree to conserve the stocks of the North Sea.</p>
                <script>alert("another scriptSecret")</script>
                <noscript>enable javascript</noscript></body></html>""";
        Extraction e = extractor.extract(Fixtures.write(dir.resolve("page.htm"), html, StandardCharsets.UTF_8));
        assertTrue(e.ok(), e::toString);
        assertEquals("Protocol on Fisheries", e.title());
        assertTrue(e.text().contains("conserve the stocks of the North Sea"));
        assertFalse(e.text().contains("scriptSecret") || e.text().contains("stylesecret")
                || e.text().contains("do not index me"), e.text());
    }

    @Test
    void textInLegacyEncodingsIsDecoded() throws Exception {
        String ru = "Соглашение между Правительством Российской Федерации и Правительством Азербайджанской "
                + "Республики о свободной торговле. Стороны обязуются не применять таможенные пошлины. ";
        Extraction e = extractor.extract(Fixtures.write(dir.resolve("ru.txt"), ru.repeat(5), Charset.forName("windows-1251")));
        assertTrue(e.ok(), e::toString);
        assertEquals("windows-1251", e.contentEncoding());
        assertTrue(e.text().contains("Соглашение между Правительством"), e.text());
        assertEquals("ru", e.language());

        String de = "Abkommen über die Zusammenarbeit. Die Vertragsparteien fördern den Außenhandel und "
                + "prüfen gemeinsam die Maßnahmen zur Öffnung der Märkte für Waren. ";
        Extraction de1 = extractor.extract(Fixtures.write(dir.resolve("de.txt"), de.repeat(5), StandardCharsets.ISO_8859_1));
        assertTrue(de1.ok(), de1::toString);
        assertTrue(de1.text().contains("Außenhandel") && de1.text().contains("Märkte"), de1.text());
        assertEquals("de", de1.language());

        String tr = "Türkiye Cumhuriyeti ile Azerbaycan Cumhuriyeti arasında serbest ticaret anlaşması. "
                + "Taraflar gümrük vergilerini kaldırmayı kabul ederler. ";
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = tr.repeat(3).getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 2);
        System.arraycopy(body, 0, all, 2, body.length);
        Extraction tr1 = extractor.extract(Fixtures.write(dir.resolve("tr.txt"), all));
        assertTrue(tr1.ok(), tr1::toString);
        assertTrue(tr1.text().contains("gümrük vergilerini"), tr1.text());
        assertEquals("tr", tr1.language());
    }

    @Test
    void brokenEncodingsAreReadAroundTheBadBytes() throws Exception {
        Extraction utf16 = extractor.extract(Fixtures.write(dir.resolve("no-bom.txt"), Fixtures.utf16WithoutBom(
                "Convention on the protection of migratory birds, signed at Bonn. ".repeat(20))));
        assertTrue(utf16.ok(), utf16::toString);
        assertTrue(utf16.text().contains("migratory birds, signed at Bonn"), utf16.text());
        assertFalse(utf16.text().contains("\u0000"), "no NULs from an 8-bit reading of UTF-16");
        assertEquals("en", utf16.language());

        Extraction utf8 = extractor.extract(Fixtures.write(dir.resolve("bad-utf8.txt"), Fixtures.invalidUtf8(
                "Agreement on fisheries between Norway and Iceland, done at Reykjavik. ".repeat(20))));
        assertTrue(utf8.ok(), utf8::toString);
        assertTrue(utf8.text().contains("done at Reykjavik"), utf8.text());
    }

    @Test
    void nestedZipMembersAreChildrenWithTheirPaths() throws Exception {
        byte[] deeper = Fixtures.zip("d.txt", "Deepest member text about fisheries quotas.");
        byte[] inner = Fixtures.zip("c.txt", "Inner member text about customs duties.", "deeper.zip", deeper);
        Path outer = Fixtures.write(dir.resolve("bundle.zip"), Fixtures.zip(
                "a.txt", "Top member text about trade in goods.",
                "docs/b.html", "<html><head><title>Annex B</title></head><body><p>Annex text.</p></body></html>",
                "inner.zip", inner,
                "empty.txt", ""));
        Extraction e = extractor.extract(outer);
        assertTrue(e.ok(), e::toString);
        assertEquals("application/zip", e.mediaType());
        Map<String, Extraction> byPath = e.flatten().filter(x -> x.embeddedPath() != null)
                .collect(Collectors.toMap(Extraction::embeddedPath, x -> x));
        assertEquals(List.of("a.txt", "docs/b.html", "inner.zip", "empty.txt"),
                e.children().stream().map(Extraction::embeddedPath).toList());
        assertEquals("Top member text about trade in goods.", byPath.get("a.txt").text());
        assertEquals("Annex B", byPath.get("docs/b.html").title());
        Extraction innerX = byPath.get("inner.zip");
        assertEquals(List.of("inner.zip/c.txt", "inner.zip/deeper.zip"),
                innerX.children().stream().map(Extraction::embeddedPath).toList());
        Extraction d = byPath.get("inner.zip/deeper.zip/d.txt");
        assertNotNull(d, byPath.keySet()::toString);
        assertEquals(3, d.depth());
        assertEquals(outer, d.source());
        assertTrue(d.text().contains("fisheries quotas"));
        assertEquals(FailureReason.EMPTY, kind(byPath.get("empty.txt")));
        assertFalse(e.text().contains("customs duties"), "members' text stays in the members");

        try (TikaTextExtractor shallow = new TikaTextExtractor(ExtractorConfig.builder().maxEmbeddedDepth(1).build())) {
            Extraction s = shallow.extract(outer);
            assertTrue(s.ok(), s::toString);
            assertTrue(s.flatten().noneMatch(x -> x.depth() > 1), "depth bound");
            assertTrue(s.flatten().flatMap(x -> x.warnings().stream()).anyMatch(w -> w.contains("nested deeper")),
                    "depth bound is reported");
            Extraction unopened = s.children().stream().filter(c -> "inner.zip".equals(c.embeddedPath()))
                    .findFirst().orElseThrow();
            assertTrue(unopened.ok(), () -> "an archive left unopened by the depth bound is not empty: " + unopened);
            assertTrue(unopened.warnings().stream().anyMatch(w -> w.contains("nested deeper")), unopened::toString);
        }
    }

    @Test
    void emailWithAttachment() throws Exception {
        String eml = """
                From: Secretariat <secretariat@example.org>
                To: Depositary <depositary@example.org>
                Subject: Ratification of the Fisheries Protocol
                Date: Tue, 3 Mar 2020 10:00:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="XYZ"

                --XYZ
                Content-Type: text/plain; charset=UTF-8

                Please find attached the instrument of ratification deposited today.
                --XYZ
                Content-Type: text/plain; charset=UTF-8
                Content-Disposition: attachment; filename="instrument.txt"

                The Government of Norway hereby ratifies the Protocol.
                --XYZ--
                """.replace("\n", "\r\n");
        Extraction e = extractor.extract(Fixtures.write(dir.resolve("mail.eml"), eml, StandardCharsets.UTF_8));
        assertTrue(e.ok(), e::toString);
        assertEquals("message/rfc822", e.mediaType());
        assertEquals("Ratification of the Fisheries Protocol", e.title());
        assertTrue(e.text().contains("instrument of ratification"), e.text());
        assertNotNull(e.created());
        Extraction att = e.children().stream().filter(c -> "instrument.txt".equals(c.embeddedPath()))
                .findFirst().orElseThrow(() -> new AssertionError(e.children().toString()));
        assertTrue(att.text().contains("hereby ratifies"));
    }
}
