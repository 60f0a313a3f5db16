package org.pacta.ingest.extract;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small hostile and edge-case inputs, generated at test time. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A text PDF with one page per line given. */
    public static byte[] textPdf(List<String> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            writePages(doc, pages);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void writePages(PDDocument doc, List<String> pages) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (String text : pages) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 14);
                cs.newLineAtOffset(60, 700);
                cs.showText(text);
                cs.endText();
            }
        }
    }

    public static Path encryptedPdf(Path dir) throws IOException {
        Path f = dir.resolve("encrypted.pdf");
        try (PDDocument doc = new PDDocument()) {
            writePages(doc, List.of("Secret treaty text that needs a password"));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(f.toFile());
        }
        return f;
    }

    /** The first third of a multi-page text PDF: no xref, no trailer, a page tree cut short. */
    public static Path truncatedPdf(Path dir) throws IOException {
        byte[] full = textPdf(java.util.Collections.nCopies(30, "Article 1 The Parties shall cooperate."));
        return write(dir.resolve("truncated.pdf"), Arrays.copyOf(full, full.length / 3));
    }

    /** A PNG showing a line of text (rendered through PDFBox, so no system fonts are needed). */
    public static byte[] pngWithText(String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(600, 120));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 28);
                cs.newLineAtOffset(30, 50);
                cs.showText(text);
                cs.endText();
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 200, ImageType.GRAY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }

    public static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    public static Path write(Path file, String text, Charset cs) throws IOException {
        return write(file, text.getBytes(cs));
    }

    public static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                Object c = namesAndContents[i + 1];
                z.write(c instanceof byte[] b ? b : c.toString().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * A DOCX whose document.xml expands from a few kB to {@code paragraphs} copies of a long paragraph:
     * the SAX DOCX extractor streams it and Tika's SecureContentHandler stops it as a zip bomb.
     */
    public static Path docxBomb(Path dir, int paragraphs) throws IOException {
        String contentTypes = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                </Types>""";
        String rels = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                </Relationships>""";
        Path f = dir.resolve("bomb.docx");
        try (OutputStream os = Files.newOutputStream(f); ZipOutputStream z = new ZipOutputStream(os)) {
            z.setLevel(9);
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(contentTypes.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(rels.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] para = ("<w:p><w:r><w:t>" + "a".repeat(1000) + "</w:t></w:r></w:p>")
                    .getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < paragraphs; i++) {
                z.write(para);
            }
            z.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return f;
    }

    public static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }
}
