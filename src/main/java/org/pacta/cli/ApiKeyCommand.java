package org.pacta.cli;

import org.pacta.web.security.ApiKeys;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code ./pacta apikey}: a new write key, and the hash to put in PACTA_API_KEYS (only the hash is stored). */
@Command(name = "apikey", description = "Make a new API key for writes (upload, ingest jobs).", footer = {
        "  ./pacta apikey              a new key, and the hash to configure",
        "  ./pacta apikey > key.txt   the same, kept in a file: the key is shown once"})
public class ApiKeyCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        String[] keyAndHash = ApiKeys.generate();
        System.out.println("key:  " + keyAndHash[0] + "   (give this to the client; it is not stored)");
        System.out.println("hash: " + keyAndHash[1] + "   (add to PACTA_API_KEYS, comma-separated)");
        return 0;
    }
}
