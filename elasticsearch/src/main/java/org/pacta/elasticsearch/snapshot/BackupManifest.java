package org.pacta.elasticsearch.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.pacta.core.durability.Backups;
import org.pacta.core.durability.DurabilityException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code manifest.json} of a backup folder: which snapshot holds the indices, and what they held.
 *
 * @param created     when the backup was taken (ISO-8601, UTC)
 * @param indexPrefix the prefix of the indices backed up; a restore puts them back under the same names
 * @param snapshot    the snapshot's name in the folder's {@code elasticsearch/} repository
 */
public record BackupManifest(String created, @JsonProperty("index_prefix") String indexPrefix, String snapshot,
                      List<Backups.IndexCount> indices, long blobs) {

    static final String FILE = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(Path backupDir) {
        try {
            JSON.writeValue(backupDir.resolve(FILE).toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + backupDir.resolve(FILE), e);
        }
    }

    static BackupManifest read(Path backupDir) {
        Path file = backupDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new DurabilityException(backupDir + " is not a Pacta backup: it has no " + FILE);
        }
        try {
            return JSON.readValue(file.toFile(), BackupManifest.class);
        } catch (IOException e) {
            throw new DurabilityException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The documents the backup holds under {@code alias}. */
    long count(String alias) {
        return indices.stream().filter(i -> i.alias().equals(alias)).mapToLong(Backups.IndexCount::count).sum();
    }

    List<String> concreteIndices() {
        return indices.stream().map(Backups.IndexCount::index).toList();
    }
}
