package org.pacta.extraction;

import org.pacta.core.ingest.ExtractionFailure;
import org.pacta.core.ingest.FailureReason;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/** Maps whatever a parser threw to a {@link FailureReason}. */
final class FailureClassifier {

    private FailureClassifier() {
    }

    static ExtractionFailure classify(Throwable t, ParseGuard guard) {
        if (guard != null && guard.abortKind() != null) {
            return new ExtractionFailure(guard.abortKind(), guard.abortMessage());
        }
        // Most specific signal anywhere in the cause chain wins, in this order.
        for (Throwable c = t; c != null; c = next(c)) {
            if (c instanceof ParseGuard.AbortException a) {
                return new ExtractionFailure(a.kind, a.getMessage());
            }
            if (c instanceof OutOfMemoryError) {
                return new ExtractionFailure(FailureReason.OUT_OF_MEMORY, "parser ran out of memory: " + c.getMessage());
            }
        }
        for (Throwable c = t; c != null; c = next(c)) {
            if (c instanceof ZeroByteFileException) {
                return new ExtractionFailure(FailureReason.EMPTY, "zero bytes");
            }
            if (c instanceof EncryptedDocumentException
                    || c instanceof org.apache.poi.EncryptedDocumentException
                    || c instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException) {
                return new ExtractionFailure(FailureReason.ENCRYPTED, "encrypted: " + message(c));
            }
        }
        for (Throwable c = t; c != null; c = next(c)) {
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb")) {
                return new ExtractionFailure(FailureReason.ZIP_BOMB, message(c));
            }
        }
        for (Throwable c = t; c != null; c = next(c)) {
            if (c instanceof WriteLimitReachedException) {
                return new ExtractionFailure(FailureReason.TOO_LARGE, message(c));
            }
            if (c instanceof UnsupportedFormatException) {
                return new ExtractionFailure(FailureReason.UNSUPPORTED_TYPE, message(c));
            }
            if (c instanceof FileSystemException) {
                return new ExtractionFailure(FailureReason.IO_ERROR, message(c));
            }
            if (c instanceof InterruptedException || c instanceof ClosedByInterruptException
                    || c instanceof InterruptedIOException) {
                return new ExtractionFailure(FailureReason.TIMEOUT, "interrupted: " + message(c));
            }
        }
        return new ExtractionFailure(FailureReason.CORRUPT, "cannot parse: " + summary(t));
    }

    private static Throwable next(Throwable c) {
        Throwable n = c.getCause();
        if (n == null && c instanceof org.xml.sax.SAXException s) {
            n = s.getException();
        }
        return n == c ? null : n;
    }

    private static String message(Throwable c) {
        String m = c.getMessage();
        return m == null || m.isBlank() ? c.getClass().getSimpleName() : m.strip();
    }

    /** Outer message plus the innermost cause, which is usually the informative one. */
    static String summary(Throwable t) {
        Throwable root = t;
        for (Throwable c = t; c != null; c = next(c)) {
            root = c;
        }
        String outer = t.getClass().getSimpleName() + ": " + message(t);
        if (root == t) {
            return truncate(outer);
        }
        return truncate(outer + " (cause: " + root.getClass().getSimpleName() + ": " + message(root) + ")");
    }

    private static String truncate(String s) {
        s = s.replaceAll("\\s+", " ");
        return s.length() <= 500 ? s : s.substring(0, 500) + "...";
    }
}
