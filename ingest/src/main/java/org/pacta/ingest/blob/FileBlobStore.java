package org.pacta.ingest.blob;

import org.pacta.core.Sha256;
import org.pacta.core.ingest.BlobStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Originals under {@code blobs/ab/cd/<sha256>}. A blob is written to {@code blobs/tmp/} first and
 * moved into place atomically, so a crash never leaves a half-written blob under its hash. The writer
 * holds a lock on its partial file; partials nobody holds (their process died) are deleted on open.
 */
public final class FileBlobStore implements BlobStore {

    private static final String PARTIAL = ".partial";

    private final Path root;
    private final Path tmp;

    public FileBlobStore(Path root) throws IOException {
        this.root = root;
        this.tmp = Files.createDirectories(root.resolve("tmp"));
        deleteAbandonedPartials();
    }

    @Override
    public String put(Path file) throws IOException {
        Path partial = Files.createTempFile(tmp, "blob-", PARTIAL);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
             FileLock writing = channel.lock()) {
            String sha256 = Sha256.copyHashing(file, Channels.newOutputStream(channel));
            Path target = pathOf(sha256);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                moveIntoPlace(partial, target);
            }
            return sha256;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Partials left by a process that died mid-write: their lock went with the process. */
    private void deleteAbandonedPartials() throws IOException {
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(tmp, "*" + PARTIAL)) {
            for (Path partial : partials) {
                try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
                     FileLock abandoned = channel.tryLock()) {
                    if (abandoned != null) {
                        Files.deleteIfExists(partial);
                    }
                } catch (OverlappingFileLockException | NoSuchFileException e) {
                    // being written by this JVM, or already finished
                }
            }
        }
    }

    @Override
    public Optional<Path> find(String sha256) {
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    /** Hashes a file without storing it. */
    public static String sha256(Path file) throws IOException {
        return Sha256.ofFile(file);
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // another worker stored the same bytes first
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The blob store needs a file system with atomic renames: " + target, e);
        }
    }

}
