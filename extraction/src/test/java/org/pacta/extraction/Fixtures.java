package org.pacta.extraction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

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

    /** DejaVu Sans (Debian: fonts-dejavu-core): Latin with Azerbaijani/Turkish letters, Cyrillic, Arabic. */
    static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    /** DejaVu Sans at the given size, or null if it is not installed or cannot show {@code text}. */
    public static Font scanFont(String text, float size) {
        if (!Files.isRegularFile(DEJAVU_SANS)) {
            return null;
        }
        try {
            Font f = Font.createFont(Font.TRUETYPE_FONT, DEJAVU_SANS.toFile()).deriveFont(size);
            return f.canDisplayUpTo(text) == -1 ? f : null;
        } catch (FontFormatException | IOException e) {
            return null;
        }
    }

    /**
     * A "scanned" page: {@code text} typeset in {@code font} (12 pt at 300 dpi is about 50 px), left-aligned
     * and wrapped, on a white page 2480 px (A4 at 300 dpi) wide and as high as the text needs.
     */
    public static BufferedImage scanImage(String text, Font font) {
        int width = 2480;
        int margin = 200;
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && fm.stringWidth(candidate) > width - 2 * margin) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        pg.dispose();
        int lineHeight = (int) (fm.getHeight() * 1.4);
        BufferedImage image = new BufferedImage(width, 2 * margin + lines.size() * lineHeight,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        int y = margin + fm.getAscent();
        for (String l : lines) {
            g.drawString(l, margin, y);
            y += lineHeight;
        }
        g.dispose();
        return image;
    }

    public static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A PDF without a text layer: one page per image, each drawn over a whole page at 300 dpi. */
    public static byte[] imagePdf(List<BufferedImage> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                float w = image.getWidth() * 72f / 300;
                float h = image.getHeight() * 72f / 300;
                PDPage page = new PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(w, h));
                doc.addPage(page);
                PDImageXObject xo = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(xo, 0, 0, w, h);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
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

    /** UTF-8 text with bytes that are not UTF-8: a lone continuation byte, an overlong form, 0xFF, a cut-off sequence. */
    public static byte[] invalidUtf8(String text) {
        byte[] bad = {(byte) 0x80, ' ', (byte) 0xC0, (byte) 0xAF, ' ', (byte) 0xFF, ' ', (byte) 0xE2, (byte) 0x82};
        return concat(text.getBytes(StandardCharsets.UTF_8), bad);
    }

    /** UTF-16LE without a byte-order mark, ending in an unpaired high and an unpaired low surrogate. */
    public static byte[] utf16WithoutBom(String text) {
        byte[] lone = {0x00, (byte) 0xD8, 'A', 0x00, 0x00, (byte) 0xDC, 'B', 0x00}; // U+D800 'A' U+DC00 'B'
        return concat(text.getBytes(StandardCharsets.UTF_16LE), lone);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The visible text of {@link #hostileHtml()}: markup a browser must show, not run. */
    public static final String HOSTILE_MARKUP = "<script>alert('pwned')</script> <img src=x onerror=alert(1)>";

    /** An HTML page whose visible text is {@link #HOSTILE_MARKUP} (escaped in the source), and a real script beside it. */
    public static String hostileHtml() {
        String escaped = HOSTILE_MARKUP.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return """
                <!DOCTYPE html><html><head><title>Treaty on hostile markup</title>
                <script>document.title = 'executed';</script></head>
                <body><p>Treaty on hostile markup between Chile and Peru. %s</p>
                <img src="x" onerror="alert(2)"></body></html>""".formatted(escaped);
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
