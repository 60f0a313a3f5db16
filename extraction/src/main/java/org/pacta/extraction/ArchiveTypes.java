package org.pacta.extraction;

import java.util.Set;

/** Container formats whose members are documents of their own (an image in one is a member, not an illustration). */
final class ArchiveTypes {

    private static final Set<String> TYPES = Set.of(
            "application/zip", "application/x-tar", "application/x-gtar", "application/gzip",
            "application/x-gzip", "application/x-bzip2", "application/x-xz", "application/x-7z-compressed",
            "application/x-rar-compressed", "application/vnd.rar", "application/java-archive",
            "application/x-compress", "application/zstd", "application/x-lzma", "application/x-arj",
            "application/x-cpio", "application/x-archive");

    private ArchiveTypes() {
    }

    static boolean isArchive(String mediaType) {
        return TYPES.contains(mediaType);
    }
}
