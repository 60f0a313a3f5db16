package org.pacta.web.security;

import org.pacta.core.Sha256;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The data dir owner's key: a random key made at each start of {@code ./pacta serve} and published in
 * {@link LocalServer}'s file, which only the data dir's owner can read. Whoever can read it may use the API as
 * a writer and ingest any folder the server can read (the command line hands its jobs over this way); nobody
 * else can learn it, and it dies with the server.
 */
public final class OwnerKey {

    /** Set on a request that presented the owner key. */
    public static final String ATTRIBUTE = "org.pacta.owner";

    private final String key;
    private final byte[] hash;

    private OwnerKey(String key) {
        this.key = key;
        this.hash = Sha256.digest(key);
    }

    public static OwnerKey random() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new OwnerKey("owner_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** In constant time, like {@link ApiKeys#accepts}. */
    public boolean accepts(String presented) {
        return MessageDigest.isEqual(hash, Sha256.digest(presented));
    }

    String value() {
        return key;
    }
}
