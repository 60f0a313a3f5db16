package org.pacta.extraction;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 text written without a byte-order mark (Windows tools do this) by its zero
 * bytes: Latin-script UTF-16 has one in every other position, which no 8-bit text has. Tika's own
 * detectors need the mark and otherwise decode it as an 8-bit charset, NULs and all.
 */
public final class Utf16WithoutBomDetector implements EncodingDetector {

    private static final int SAMPLE = 4096;

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return null;
        }
        input.mark(SAMPLE);
        byte[] sample;
        try {
            sample = input.readNBytes(SAMPLE);
        } finally {
            input.reset();
        }
        return detect(sample);
    }

    static Charset detect(byte[] sample) {
        int pairs = sample.length / 2;
        if (pairs < 8 || hasByteOrderMark(sample)) {
            return null; // a mark is read by Tika's own detectors
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < sample.length; i += 2) {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean hasByteOrderMark(byte[] b) {
        return (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF);
    }
}
