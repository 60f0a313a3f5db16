package org.pacta.elasticsearch.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/** Serialises starts of the node of one data dir across processes; released on exit, even kill -9. */
record LaunchLock(FileChannel channel, FileLock lock) implements AutoCloseable {

    static LaunchLock acquire(Path file, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                try {
                    FileLock lock = channel.tryLock();
                    if (lock != null) {
                        return new LaunchLock(channel, lock);
                    }
                } catch (OverlappingFileLockException e) {
                    // held by another thread of this JVM: wait like for another process
                }
                if (System.nanoTime() > deadline) {
                    channel.close();
                    throw new LocalNodeException("Another Pacta process has been starting the local node for over "
                            + timeout.toSeconds() + " s (lock " + file + ")");
                }
                LocalNode.sleep(100);
            }
        } catch (IOException e) {
            throw new LocalNodeException("Cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
