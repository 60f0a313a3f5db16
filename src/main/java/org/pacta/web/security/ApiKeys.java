package org.pacta.web.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.pacta.core.Sha256;

/**
 * The keys allowed to write, kept only as SHA-256 hashes ({@code sha256:<hex>} in
 * {@code PACTA_API_KEYS}); a presented key is hashed and compared in constant time.
 */
public final class ApiKeys {

    private static final String PREFIX = "sha256:";
    private final List<byte[]> hashes;

    private ApiKeys(List<byte[]> hashes) {
        this.hashes = hashes;
    }

    /** Parses {@code sha256:<hex>} entries; a bare entry is taken as a key and hashed (not recommended). */
    public static ApiKeys parse(List<String> configured) {
        return new ApiKeys(configured.stream()
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> entry.toLowerCase(Locale.ROOT).startsWith(PREFIX)
                        ? HexFormat.of().parseHex(entry.substring(PREFIX.length()))
                        : sha256(entry))
                .toList());
    }

    public boolean isEmpty() {
        return hashes.isEmpty();
    }

    public boolean accepts(String presentedKey) {
        byte[] presented = sha256(presentedKey);
        boolean match = false;
        for (byte[] hash : hashes) {
            match |= MessageDigest.isEqual(hash, presented); // no early exit: same time whichever key matches
        }
        return match;
    }

    /** A new random key and the line to configure it with. */
    public static String[] generate() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = "pacta_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new String[]{key, PREFIX + HexFormat.of().formatHex(sha256(key))};
    }

    private static byte[] sha256(String key) {
        return Sha256.digest(key);
    }
}
