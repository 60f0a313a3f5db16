package org.pacta.extraction;

import org.pacta.core.ingest.Extraction;
import org.pacta.core.ingest.FailureReason;

import org.xml.sax.SAXException;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Per-document state shared by the worker thread that parses and the caller that waits for it:
 * cancellation (time limit), the character budget, and a completion latch. Parsers see it through
 * {@link GuardedContentHandler}, which checks it on every SAX event, so a parser that produces output
 * stops within one event of a cancel even if it ignores interrupts.
 */
final class ParseGuard {

    /** Thrown into the parser to stop it; carries the failure kind. */
    static final class AbortException extends SAXException {
        private static final long serialVersionUID = 1L;
        final transient FailureReason kind;

        AbortException(FailureReason kind, String message) {
            super(message);
            this.kind = kind;
        }
    }

    /** Set by the worker before it finishes; read by the caller after {@link #awaitFinished}. */
    volatile Extraction result;
    /** Detected type of the top-level document, for a TIMEOUT result. */
    volatile String mediaType;
    private final long maxChars;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile FailureReason abortKind;
    private volatile String abortMessage;
    private long chars; // only touched by the worker thread
    private Thread worker;

    ParseGuard(long maxChars) {
        this.maxChars = maxChars;
    }

    synchronized void attach(Thread t) {
        worker = t;
        if (abortKind != null) {
            t.interrupt();
        }
    }

    synchronized void detach() {
        worker = null;
        finished.countDown();
    }

    /** Called by the waiting thread when the time limit has passed. */
    synchronized void cancel(FailureReason kind, String message) {
        if (abortKind == null) {
            abortMessage = message;
            abortKind = kind;
        }
        if (worker != null) {
            worker.interrupt();
        }
    }

    boolean awaitFinished(long millis) throws InterruptedException {
        return finished.await(millis, TimeUnit.MILLISECONDS);
    }

    FailureReason abortKind() {
        return abortKind;
    }

    String abortMessage() {
        return abortMessage;
    }

    void check() throws AbortException {
        FailureReason k = abortKind;
        if (k != null) {
            throw new AbortException(k, abortMessage);
        }
    }

    void addChars(int n) throws AbortException {
        chars += n;
        if (chars > maxChars) {
            if (abortKind == null) {
                abortMessage = "text exceeds the limit of " + maxChars + " characters";
                abortKind = FailureReason.TOO_LARGE;
            }
            check();
        }
    }
}
