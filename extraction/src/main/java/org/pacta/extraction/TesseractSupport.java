package org.pacta.extraction;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds tesseract, its installed language packs, and makes sure every tesseract run Tika starts gets
 * {@code OMP_THREAD_LIMIT=1}.
 *
 * <p>Tesseract's OpenMP threads make a single page barely faster but cost a lot of CPU (measured here:
 * 1.3 s with one thread vs 6.3 s wall with the default on a 2-core machine), so we parallelise documents
 * instead. Tika's TesseractOCRParser passes the JVM's environment to tesseract and offers no way to add
 * variables; when the JVM was not started with {@code OMP_THREAD_LIMIT} we point Tika at a small wrapper
 * script that sets it and execs the real binary.
 */
final class TesseractSupport implements AutoCloseable {

    static final String NOT_INSTALLED = "OCR unavailable: tesseract not installed";
    private static final Pattern TESSDATA_LINE = Pattern.compile("\"(.+?)\"");
    private static final Pattern VERSION_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");

    final boolean available;
    final String unavailableReason;
    final String version;
    /** Directory (with trailing separator) for TesseractOCRParser#setTesseractPath, or "" for PATH. */
    final String tesseractDir;
    final String tessdataDir;
    final Set<String> installedLanguages;
    /** Requested languages that are installed, {@code +}-joined. */
    final String languages;
    final List<String> warnings = new ArrayList<>();
    private final Path wrapperDir;

    private TesseractSupport(boolean available, String reason, String version, String tesseractDir,
                             String tessdataDir, Set<String> installed, String languages, Path wrapperDir) {
        this.available = available;
        this.unavailableReason = reason;
        this.version = version;
        this.tesseractDir = tesseractDir;
        this.tessdataDir = tessdataDir;
        this.installedLanguages = installed;
        this.languages = languages;
        this.wrapperDir = wrapperDir;
    }

    static TesseractSupport disabled() {
        return new TesseractSupport(false, "OCR unavailable: disabled by configuration", null, "", null,
                Set.of(), null, null);
    }

    /** {@code auto}: a system tesseract on the PATH when it is as new as the bundled one, else the bundled one. */
    static final String AUTO = "auto";
    /** {@code bundled}: always the Tesseract that comes with the build. */
    static final String BUNDLED = "bundled";

    /**
     * @param command {@link #AUTO}, {@link #BUNDLED}, a program name looked up on the PATH, or a path
     */
    static TesseractSupport probe(String command, String requestedLanguages) {
        Path system = AUTO.equals(command) ? resolve("tesseract")
                : BUNDLED.equals(command) ? null : resolve(command);
        if (system != null && (!AUTO.equals(command) || !olderThanBundled(system))) {
            return probe(system, null, command, requestedLanguages);
        }
        if (!AUTO.equals(command) && !BUNDLED.equals(command)) {
            return unavailable(NOT_INSTALLED);
        }
        try {
            return probe(BundledTesseract.executable(), BundledTesseract.tessdata(), command, requestedLanguages);
        } catch (IOException e) {
            return system != null ? probe(system, null, command, requestedLanguages)
                    : unavailable("OCR unavailable: " + e.getMessage());
        }
    }

    private static boolean olderThanBundled(Path system) {
        try {
            return compareVersions(firstLine(run(null, system.toString(), "--version")), BundledTesseract.VERSION) < 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** Compares "tesseract 5.3.0" (or "5.3.0") with "5.5.1" by their numbers. */
    static int compareVersions(String a, String b) {
        int[] x = numbers(a);
        int[] y = numbers(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int[] numbers(String version) {
        Matcher m = VERSION_NUMBER.matcher(version);
        return m.find() ? Arrays.stream(m.group().split("\\.")).mapToInt(Integer::parseInt).toArray()
                : new int[0];
    }


    private static TesseractSupport probe(Path exe, Path bundledData, String command, String requestedLanguages) {
        String version;
        List<String> langLines;
        try {
            version = firstLine(run(bundledData, exe.toString(), "--version"));
            langLines = run(bundledData, exe.toString(), "--list-langs").lines().toList();
        } catch (IOException e) {
            return unavailable(NOT_INSTALLED + " (" + exe + ": " + e.getMessage() + ")");
        }
        if (bundledData != null) {
            version += " (bundled)";
        }
        String tessdata = null;
        Set<String> installed = new LinkedHashSet<>();
        for (String line : langLines) {
            if (line.startsWith("List of available languages")) {
                Matcher m = TESSDATA_LINE.matcher(line);
                if (m.find()) {
                    tessdata = m.group(1);
                }
            } else if (!line.isBlank() && !line.contains(" ")) {
                installed.add(line.trim());
            }
        }
        List<String> warnings = new ArrayList<>();
        List<String> usable = new ArrayList<>();
        for (String lang : requestedLanguages.split("\\+")) {
            if (installed.contains(lang)) {
                usable.add(lang);
            } else {
                warnings.add("OCR language pack '" + lang + "' is not installed (installed: " + installed + ")");
            }
        }
        if (usable.isEmpty()) {
            if (installed.contains("eng")) {
                usable.add("eng");
            } else {
                return unavailable("OCR unavailable: none of the OCR languages " + requestedLanguages
                        + " is installed (installed: " + installed + ")");
            }
        }

        boolean ompSet = System.getenv("OMP_THREAD_LIMIT") != null;
        boolean plainOnPath = !command.contains(File.separator) && command.equals("tesseract");
        String dir = "";
        Path wrapperDir = null;
        if (!ompSet || !plainOnPath) {
            try {
                wrapperDir = writeWrapper(exe, tessdata);
                dir = wrapperDir.toString() + File.separator;
            } catch (IOException e) {
                warnings.add("could not write the tesseract wrapper (" + e.getMessage()
                        + "); tesseract runs with the JVM's environment");
                dir = exe.getParent().toString() + File.separator;
            }
        }
        TesseractSupport t = new TesseractSupport(true, null, version, dir, tessdata, Set.copyOf(installed),
                String.join("+", usable), wrapperDir);
        t.warnings.addAll(warnings);
        return t;
    }

    private static TesseractSupport unavailable(String reason) {
        return new TesseractSupport(false, reason, null, "", null, Set.of(), null, null);
    }

    private static Path resolve(String command) {
        if (command.contains(File.separator)) {
            Path p = Path.of(command);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? p.toAbsolutePath() : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, command);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p.toAbsolutePath();
            }
        }
        return null;
    }

    private static Path writeWrapper(Path exe, String tessdata) throws IOException {
        Path dir = Files.createTempDirectory("pacta-tesseract-");
        Path script = dir.resolve("tesseract");
        StringBuilder s = new StringBuilder("#!/bin/sh\n")
                .append("# Written by Pacta's TikaTextExtractor: one OpenMP thread per tesseract run.\n")
                .append("OMP_THREAD_LIMIT=${OMP_THREAD_LIMIT:-1}; export OMP_THREAD_LIMIT\n");
        if (tessdata != null) {
            s.append("TESSDATA_PREFIX=").append(shellQuote(tessdata)).append("; export TESSDATA_PREFIX\n");
        }
        s.append("exec ").append(shellQuote(exe.toString())).append(" \"$@\"\n");
        Files.writeString(script, s.toString(), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        dir.toFile().deleteOnExit();
        script.toFile().deleteOnExit();
        return dir;
    }

    private static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Runs tesseract; {@code tessdata}, when not null, is where its language data lies. */
    private static String run(Path tessdata, String... cmd) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (tessdata != null) {
            builder.environment().put("TESSDATA_PREFIX", tessdata.toString());
        }
        Process p = builder.start();
        try (InputStream in = p.getInputStream()) {
            byte[] out = in.readNBytes(1 << 16);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                throw new IOException("timed out");
            }
            if (p.exitValue() != 0) {
                throw new IOException("exit code " + p.exitValue());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            p.destroyForcibly();
        }
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("").trim();
    }

    @Override
    public void close() {
        if (wrapperDir != null) {
            try (Stream<Path> files = Files.walk(wrapperDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // best effort; deleteOnExit is the fallback
            }
        }
    }
}
