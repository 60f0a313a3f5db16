package org.pacta.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the hash behind document ids, blob names, catalog keys and API key checks. */
public final class Sha256 {

    private static final int BUFFER = 256 * 1024;

    private Sha256() {
    }

    public static byte[] digest(String text) {
        return newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex of the hash of a string's UTF-8 bytes. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    /** Lower-case hex of a file's hash. */
    public static String ofFile(Path file) throws IOException {
        return copyHashing(file, OutputStream.nullOutputStream());
    }

    /** Copies a file to {@code out} while hashing it, in one pass; returns the lower-case hex hash. */
    public static String copyHashing(Path file, OutputStream out) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
