package org.pacta.web.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys are configured as hashes only; the key itself, and nothing else, is accepted. */
class ApiKeysTest {

    @Test
    void aGeneratedKeyIsAcceptedThroughItsHashAlone() {
        String[] generated = ApiKeys.generate();
        String key = generated[0];
        String configured = generated[1];
        assertTrue(configured.matches("sha256:[0-9a-f]{64}"), configured);
        assertFalse(configured.contains(key), "the configuration never holds the key");

        ApiKeys keys = ApiKeys.parse(List.of(" " + configured + " ", SecuredPacta.hash("another-key")));
        assertTrue(keys.accepts(key));
        assertTrue(keys.accepts("another-key"));
        assertFalse(keys.accepts(key + "x"));
        assertFalse(keys.accepts(configured), "the hash is not a key");
        assertFalse(keys.accepts(""));
    }

    @Test
    void noConfiguredKeysAcceptNothing() {
        ApiKeys none = ApiKeys.parse(List.of("", " "));
        assertTrue(none.isEmpty());
        assertFalse(none.accepts(""));
    }
}
