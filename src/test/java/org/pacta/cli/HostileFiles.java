package org.pacta.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.pacta.extraction.Fixtures;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile files of issue #8, generated at test time into a folder (nothing of them is checked in). */
final class HostileFiles {

    /** A word only the file outside the ingest root holds: finding it in the index means it was read. */
    static final String OUTSIDE_SECRET = "Zanzibarquux";

    /** A ZIP member name that climbs out of any folder it would be unpacked into. */
    static final String ZIP_SLIP_MEMBER = "../../../../escaped-by-zip-slip.txt";

    /** Archives nested deeper than the extractor opens (its default depth bound is 5). */
    static final int NESTING = 8;

    private HostileFiles() {
    }

    static Path sparseFile(Path file, long bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(bytes); // a hole: no disk used, nothing to read before the size check refuses it
        }
        return file;
    }

    /** One member of {@code bytes} repeated words: kilobytes on disk, gigabytes once inflated. */
    static Path flatZipBomb(Path file, long bytes) throws IOException {
        byte[] block = "treaty ".repeat(150_000).getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            for (long written = 0; written < bytes; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return file;
    }

    /** 42.zip in small: each level holds {@code width} copies of the level below; the bottom is a 1 MB text. */
    static Path nestedZipBomb(Path file, int levels, int width) throws IOException {
        byte[] level = Fixtures.zip("layer0.txt", "agreement ".repeat(100_000));
        for (int depth = 1; depth <= levels; depth++) {
            Object[] members = new Object[2 * width];
            for (int i = 0; i < width; i++) {
                members[2 * i] = "layer" + depth + "-" + i + ".zip";
                members[2 * i + 1] = level;
            }
            level = Fixtures.zip(members);
        }
        return Fixtures.write(file, level);
    }

    /** A ZIP in a ZIP … {@code levels} deep, a text at the bottom. */
    static Path deeplyNestedZip(Path file, int levels) throws IOException {
        byte[] level = Fixtures.zip("bottom.txt", "Protocol found at the bottom of the nest.");
        for (int depth = levels - 1; depth >= 1; depth--) {
            level = Fixtures.zip("level" + depth + ".txt", "Annex at nesting level " + depth + ".",
                    "level" + (depth + 1) + ".zip", level);
        }
        return Fixtures.write(file, level);
    }

    /** Zip-slip: members whose names climb out of any folder they would be unpacked into. */
    static Path zipSlip(Path file) throws IOException {
        return Fixtures.write(file, Fixtures.zip(
                ZIP_SLIP_MEMBER, "Member that tries to climb out of the archive.",
                "/tmp/absolute-zip-slip.txt", "Member with an absolute name.",
                "ok/inside.txt", "Member that stays inside."));
    }

    /**
     * A PDF that takes long to read but little to write: {@code pages} pages sharing one content stream
     * of text, so the parser does the work of every page (a stand-in for a parser that spins).
     */
    static Path slowPdf(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage first = new PDPage();
            doc.addPage(first);
            try (PDPageContentStream text = new PDPageContentStream(doc, first)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                text.setLeading(12);
                text.newLineAtOffset(40, 760);
                for (int line = 0; line < 60; line++) {
                    text.showText("Article " + line + ". The Parties shall cooperate in the conservation of stocks.");
                    text.newLine();
                }
                text.endText();
            }
            for (int i = 1; i < pages; i++) {
                PDPage page = new PDPage();
                page.setContents(first.getContentStreams().next());
                page.setResources(first.getResources());
                doc.addPage(page);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A text file for names that test the file system and every layer after it. */
    static Path named(Path folder, String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    /** Writes {@code text} to a file outside the ingest root, where only links from inside point. */
    static Path outside(Path dir, String text) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("secret.txt"), text);
    }
}
