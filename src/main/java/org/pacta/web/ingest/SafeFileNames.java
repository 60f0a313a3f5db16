package org.pacta.web.ingest;

import java.util.Set;

/** A file name that is safe to create on disk, whatever a client sent: no folders, no control characters, bounded. */
final class SafeFileNames {

    private static final int MAX_LENGTH = 200;

    private SafeFileNames() {
    }

    static String of(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1); // drop any folders
        name = name.replaceAll("[\\p{Cntrl}]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1); // no hidden files, no "..": the walker would skip them
        }
        if (name.isEmpty()) {
            name = "upload";
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name;
    }

    /** Adds a counter when two uploads of one request share a name. */
    static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = n + "-" + name;
        }
        return candidate;
    }
}
