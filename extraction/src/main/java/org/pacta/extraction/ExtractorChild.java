package org.pacta.extraction;

import org.pacta.core.ingest.Extraction;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.file.Path;

/**
 * Entry point of a {@link ChildProcessTextExtractor} worker process: reads file paths from stdin,
 * extracts each with an in-process {@link TikaTextExtractor}, writes the results to stdout. Anything
 * else printing to System.out is diverted to stderr so it cannot corrupt the protocol.
 */
public final class ExtractorChild {

    static final int READY = 0x52454459; // "REDY"

    private ExtractorChild() {
    }

    public static void main(String[] args) throws Exception {
        DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err);
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        ExtractorConfig config = ChildProcessTextExtractor.configFromArgs(args);
        try (TikaTextExtractor extractor = new TikaTextExtractor(config)) {
            out.writeInt(READY);
            out.flush();
            while (true) {
                String path;
                try {
                    path = in.readUTF();
                } catch (EOFException e) {
                    return; // parent closed the pipe
                }
                Extraction e = extractor.extract(Path.of(path));
                // A parser thread that ignored cancellation would keep burning CPU here: say so with the
                // result, leave, and let the parent start a fresh process for the next document.
                boolean leaving = extractor.abandonedThreads() > 0;
                ExtractionCodec.write(out, e);
                out.writeBoolean(leaving);
                out.flush();
                if (leaving) {
                    System.exit(0);
                }
            }
        }
    }
}
