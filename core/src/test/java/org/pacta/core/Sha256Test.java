package org.pacta.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Sha256Test {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"; // FIPS 180-2 vector

    @Test
    void hashesStringsAndFilesAlike(@TempDir Path dir) throws Exception {
        assertEquals(ABC, Sha256.hex("abc"));
        Path file = Files.writeString(dir.resolve("abc.txt"), "abc");
        assertEquals(ABC, Sha256.ofFile(file));
    }

    @Test
    void copiesWhileHashing(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("abc.txt"), "abc");
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        assertEquals(ABC, Sha256.copyHashing(file, copy));
        assertArrayEquals("abc".getBytes(), copy.toByteArray());
    }
}
