package org.pacta.ingest.sidecar;

import java.nio.file.Path;

/** A sidecar file that cannot be used, with the file and the reason. */
public class InvalidSidecarException extends RuntimeException {

    private final Path sidecar;

    public InvalidSidecarException(Path sidecar, String problem) {
        super(sidecar.getFileName() + ": " + problem);
        this.sidecar = sidecar;
    }

    public Path sidecar() {
        return sidecar;
    }
}
