package org.pacta.ingest.blob;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Blobs land under their hash whole; partials of a writer that died are cleared, a live writer's are not. */
class FileBlobStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesUnderTheHashAndLeavesNoPartial() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "Treaty text");
        FileBlobStore store = new FileBlobStore(dir.resolve("blobs"));
        String sha256 = store.put(file);
        assertEquals(FileBlobStore.sha256(file), sha256);
        assertEquals("Treaty text", Files.readString(store.find(sha256).orElseThrow()));
        try (var left = Files.list(dir.resolve("blobs/tmp"))) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void partialsOfADeadWriterAreDeletedOnOpenALiveWritersAreKept() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("blobs/tmp"));
        Path abandoned = Files.writeString(tmp.resolve("blob-1.partial"), "half a blo");
        Path live = Files.writeString(tmp.resolve("blob-2.partial"), "being writ");
        try (FileChannel channel = FileChannel.open(live, StandardOpenOption.WRITE);
             FileLock writing = channel.lock()) {
            new FileBlobStore(dir.resolve("blobs"));
            assertFalse(Files.exists(abandoned), "nobody holds it: its writer is gone");
            assertTrue(Files.exists(live), "its writer still holds it");
        }
    }
}
