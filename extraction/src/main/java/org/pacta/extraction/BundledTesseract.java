package org.pacta.extraction;

import org.bytedeco.javacpp.Loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;

/**
 * The Tesseract that comes with the build: the native program from Maven Central's
 * {@code org.bytedeco:tesseract} (unpacked with its libraries by JavaCPP's {@link Loader} into its
 * cache, {@code ~/.javacpp/cache}) and the language data the build took from Debian's
 * {@code tesseract-ocr-<lang>} packages (copied out of the jar beside it on first use).
 */
final class BundledTesseract {

    /** The bundled program's version ("5.5.1"), read from its Maven artifact, to compare with a system tesseract's. */
    static final String VERSION = artifactVersion();
    private static final String TESSDATA = "tessdata/";
    private static final String DATA_VERSION = "4.1.0-2";
    /** Output configs Tika asks tesseract for by name. */
    private static final List<String> CONFIGS = List.of("configs/txt", "configs/hocr");

    private BundledTesseract() {
    }

    /** "5.5.1" of org.bytedeco:tesseract 5.5.1-1.5.12 (the part before JavaCPP's own version). */
    private static String artifactVersion() {
        Properties pom = new Properties();
        try (InputStream in = org.bytedeco.tesseract.program.tesseract.class
                .getResourceAsStream("/META-INF/maven/org.bytedeco/tesseract/pom.properties")) {
            if (in != null) {
                pom.load(in);
            }
        } catch (IOException e) {
            // unknown: "0", so that any system tesseract counts as newer
        }
        return pom.getProperty("version", "0").split("-")[0];
    }

    /** The unpacked program. */
    static Path executable() throws IOException {
        try {
            return Path.of(Loader.load(org.bytedeco.tesseract.program.tesseract.class));
        } catch (RuntimeException | LinkageError e) {
            throw new IOException("bundled tesseract could not be unpacked: " + e.getMessage(), e);
        }
    }

    /** The bundled language data, copied once into a folder of its own in JavaCPP's cache. */
    static Path tessdata() throws IOException {
        Path dir = Loader.getCacheDir().toPath().resolve("pacta-tessdata-" + DATA_VERSION);
        Files.createDirectories(dir.resolve("configs"));
        for (String language : languages()) {
            copyOnce(language + ".traineddata", dir);
        }
        for (String config : CONFIGS) {
            copyOnce(config, dir);
        }
        return dir;
    }

    /** Copies a bundled file beside the others unless an earlier run did (written whole, then renamed). */
    private static void copyOnce(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        if (Files.isRegularFile(target)) {
            return;
        }
        try (InputStream in = resource(TESSDATA + name)) {
            Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The languages the build bundled (its {@code tessdata/languages} list). */
    static List<String> languages() throws IOException {
        try (InputStream in = resource(TESSDATA + "languages")) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+"));
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BundledTesseract.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("bundled OCR data missing from the build: " + name);
        }
        return in;
    }
}
