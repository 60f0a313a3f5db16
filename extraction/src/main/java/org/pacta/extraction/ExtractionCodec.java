package org.pacta.extraction;

import org.pacta.core.ingest.Extraction;
import org.pacta.core.ingest.ExtractionFailure;
import org.pacta.core.ingest.FailureReason;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Binary form of an {@link Extraction} tree, for the pipe between parent and child process. The magic
 * number names the version: the reader still takes the first one, which had no page offsets.
 */
final class ExtractionCodec {

    /** Version 1: without page offsets. */
    private static final int MAGIC_V1 = 0x50414354; // "PACT"
    /** Version 2: each node's page offsets follow its page count. */
    private static final int MAGIC = 0x50414332; // "PAC2"
    /** More pages than any document has: a broken stream. */
    private static final int MAX_PAGES = 1 << 20;

    private ExtractionCodec() {
    }

    static void write(DataOutput out, Extraction e) throws IOException {
        out.writeInt(MAGIC);
        writeNode(out, e);
    }

    static Extraction read(DataInput in, Path source) throws IOException {
        int magic = in.readInt();
        if (magic != MAGIC && magic != MAGIC_V1) {
            throw new IOException("protocol error: bad magic");
        }
        return readNode(in, source, magic == MAGIC);
    }

    private static void writeNode(DataOutput out, Extraction e) throws IOException {
        str(out, e.embeddedPath());
        out.writeInt(e.depth());
        out.writeBoolean(e.failure() != null);
        if (e.failure() != null) {
            out.writeInt(e.failure().kind().ordinal());
            str(out, e.failure().message());
        }
        bytes(out, e.text());
        str(out, e.mediaType());
        out.writeInt(e.pageCount() == null ? -1 : e.pageCount());
        out.writeInt(e.pageStarts().size());
        for (int pageStart : e.pageStarts()) {
            out.writeInt(pageStart);
        }
        str(out, e.language());
        out.writeBoolean(e.ocrApplied());
        out.writeInt(e.ocrPages());
        out.writeInt(e.ocrLanguages().size());
        for (String l : e.ocrLanguages()) {
            str(out, l);
        }
        out.writeInt(e.ocrExtraRuns());
        str(out, e.title());
        str(out, e.author());
        instant(out, e.created());
        instant(out, e.modified());
        str(out, e.contentEncoding());
        out.writeInt(e.warnings().size());
        for (String w : e.warnings()) {
            str(out, w);
        }
        out.writeLong(e.elapsed().toNanos());
        out.writeInt(e.children().size());
        for (Extraction c : e.children()) {
            writeNode(out, c);
        }
    }

    private static Extraction readNode(DataInput in, Path source, boolean withPageStarts) throws IOException {
        String embeddedPath = str(in);
        int depth = in.readInt();
        ExtractionFailure failure = null;
        if (in.readBoolean()) {
            FailureReason kind = FailureReason.values()[in.readInt()];
            failure = new ExtractionFailure(kind, str(in));
        }
        String text = bytes(in);
        String mediaType = str(in);
        int pages = in.readInt();
        List<Integer> pageStarts = withPageStarts ? pageStarts(in, text.length()) : List.of();
        String language = str(in);
        boolean ocr = in.readBoolean();
        int ocrPages = in.readInt();
        int nl = in.readInt();
        List<String> ocrLanguages = new ArrayList<>(nl);
        for (int i = 0; i < nl; i++) {
            ocrLanguages.add(str(in));
        }
        int ocrExtraRuns = in.readInt();
        String title = str(in);
        String author = str(in);
        Instant created = instant(in);
        Instant modified = instant(in);
        String encoding = str(in);
        int nw = in.readInt();
        List<String> warnings = new ArrayList<>(nw);
        for (int i = 0; i < nw; i++) {
            warnings.add(str(in));
        }
        Duration elapsed = Duration.ofNanos(in.readLong());
        int nc = in.readInt();
        List<Extraction> children = new ArrayList<>(nc);
        for (int i = 0; i < nc; i++) {
            children.add(readNode(in, source, withPageStarts));
        }
        return new Extraction(source, embeddedPath, depth, failure, text, mediaType, pages < 0 ? null : pages,
                pageStarts, language, ocr, ocrPages, ocrLanguages, ocrExtraRuns, title, author, created, modified, encoding,
                warnings, children, elapsed);
    }

    /** Offsets that could not be in the text are a broken stream, not pages to cut by. */
    private static List<Integer> pageStarts(DataInput in, int textLength) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_PAGES) {
            throw new IOException("protocol error: page count " + n);
        }
        List<Integer> starts = new ArrayList<>(n);
        int previous = 0;
        for (int i = 0; i < n; i++) {
            int start = in.readInt();
            if (start < previous || start > textLength) {
                throw new IOException("protocol error: page offset " + start + " after " + previous);
            }
            starts.add(start);
            previous = start;
        }
        return starts;
    }

    private static void str(DataOutput out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            bytes(out, s);
        }
    }

    private static String str(DataInput in) throws IOException {
        return in.readBoolean() ? bytes(in) : null;
    }

    private static void bytes(DataOutput out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String bytes(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("protocol error: negative length");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void instant(DataOutput out, Instant i) throws IOException {
        out.writeBoolean(i != null);
        if (i != null) {
            out.writeLong(i.getEpochSecond());
            out.writeInt(i.getNano());
        }
    }

    private static Instant instant(DataInput in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }
}
