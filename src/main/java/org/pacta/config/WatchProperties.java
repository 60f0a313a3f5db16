package org.pacta.config;

import org.pacta.ingest.watch.FolderWatcher;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Folders kept in sync with the archive (README: Ingest › Watched folders).
 *
 * @param roots       folders {@code ./pacta serve} watches; empty = none
 * @param quietPeriod how long a folder must be still before its changes are ingested: bursts become one job, and a
 *                    file still being written is waited for
 * @param rescan      how often the roots are compared with the archive anyway, for events the OS lost (0 = never)
 */
@ConfigurationProperties("pacta.watch")
public record WatchProperties(List<Path> roots, Duration quietPeriod, Duration rescan) {

    public WatchProperties {
        roots = roots == null ? List.of() : List.copyOf(roots);
        quietPeriod = quietPeriod == null ? FolderWatcher.Settings.DEFAULT.quietPeriod() : quietPeriod;
        rescan = rescan == null ? FolderWatcher.Settings.DEFAULT.rescanInterval() : rescan;
    }

    public FolderWatcher.Settings settings() {
        return new FolderWatcher.Settings(quietPeriod, rescan);
    }
}
