package org.pacta.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench corpus}: every copy has its own SHA-256 and still extracts to the original's text. */
class BenchCorpusTest {

    @Test
    void copiesAreDistinctAndStillExtract() throws Exception {
        Path from = BenchFixtures.scratch("corpus-from");
        Path out = from.resolveSibling(from.getFileName() + "-out");
        Files.createDirectories(from.resolve("texts"));
        Files.writeString(from.resolve("texts/treaty.txt"), "Treaty of friendship between Türkiye and Azerbaijan.");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(from.resolve("texts/bom.txt"), concat(bom, "Accord de coopération, signé à Genève."
                .getBytes(StandardCharsets.UTF_8)));
        Files.writeString(from.resolve("notes.md"), "# Notes\n\nExchange of notes on visas.\n");
        Files.writeString(from.resolve("transit.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>Transit</title></head><body><p>Convention on transit trade.</p></body></html>");
        BenchFixtures.pdf(from.resolve("protocol.pdf"), "Protocol amending the agreement.", "Done at Ankara.");
        BenchFixtures.docx(from.resolve("mou.docx"), "Memorandum of understanding on fisheries.");
        List<String> files = List.of("texts/treaty.txt", "texts/bom.txt", "notes.md", "transit.html", "protocol.pdf",
                "mou.docx");

        BenchCorpus.Result result = BenchCorpus.build(from, out, 3,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertEquals(6, result.sources());
        assertEquals(18, result.written());
        assertEquals(0, result.unchanged(), "every format here can be changed harmlessly");
        assertTrue(result.verified().keySet().containsAll(List.of("text", "markup", "pdf", "zip")), result.verified().toString());
        Set<String> hashes = new HashSet<>();
        for (String file : files) {
            assertTrue(hashes.add(sha256(from.resolve(file))));
            for (int copy = 1; copy <= 3; copy++) {
                Path changed = out.resolve(BenchCorpus.copyName(copy)).resolve(file);
                assertTrue(hashes.add(sha256(changed)), changed + " has the SHA-256 of another file");
                assertNull(BenchCorpus.sameText(from.resolve(file), changed), changed.toString());
            }
        }
        assertTrue(Files.readString(out.resolve("copy-002/texts/treaty.txt")).startsWith("Pacta bench copy 002"));
        byte[] withBom = Files.readAllBytes(out.resolve("copy-001/texts/bom.txt"));
        assertEquals(0xEF, withBom[0] & 0xff, "the BOM stays first");
        assertTrue(new String(withBom, 3, withBom.length - 3, StandardCharsets.UTF_8).startsWith("Pacta bench copy 001"));

        assertThrows(IllegalArgumentException.class, () -> BenchCorpus.build(from, out, 1,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)), "never overwrites a copy");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
