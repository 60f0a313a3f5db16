package org.pacta.web.ingest;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.pacta.web.support.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The uploads Pacta takes: files it can read text from (documents, mail, ZIP, images for OCR, sidecars).
 * Both the bytes and the name are judged, so neither an executable named {@code x.pdf} nor a text named
 * {@code x.exe} gets in; anything else is refused with 415 before it is stored.
 */
final class UploadTypes {

    private static final List<String> ACCEPTED = List.of(
            "text/", "image/", "message/rfc822", "application/pdf", "application/rtf", "application/msword",
            "application/vnd.ms-word", "application/vnd.ms-outlook", "application/vnd.openxmlformats-officedocument.",
            "application/vnd.oasis.opendocument.", "application/x-tika-ooxml", "application/x-tika-msoffice",
            "application/xhtml+xml", "application/xml", "application/json", "application/x-yaml", "application/mbox",
            "application/zip");
    private static final Tika DETECTOR = new Tika();

    private UploadTypes() {
    }

    static void check(MultipartFile file, String name) throws IOException {
        String byName = DETECTOR.detect(name);
        String byContent;
        try (InputStream in = new BufferedInputStream(file.getInputStream())) {
            byContent = DETECTOR.detect(in, name);
        }
        boolean nameSaysNothing = MediaType.OCTET_STREAM.toString().equals(byName);
        if (!accepted(byContent) || !(nameSaysNothing || accepted(byName))) {
            String type = accepted(byContent) ? byName : byContent;
            throw Problems.exception(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "'" + name + "' is " + type
                    + ", which Pacta does not archive (documents, mail, ZIP, images and text only)");
        }
    }

    private static boolean accepted(String type) {
        return ACCEPTED.stream().anyMatch(type::startsWith);
    }
}
