package org.pacta.elasticsearch.node;

import org.pacta.core.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Installs Pacta's analysis plugin into the distribution, offline, once per plugin build. The
 * minimal distribution lacks analysis-common (folding, stemmers), which Pacta's mappings use.
 */
final class AnalysisPluginInstaller {

    static final String PLUGIN_NAME = "pacta-analysis";

    private AnalysisPluginInstaller() {
    }

    // synchronized: the file lock below serialises JVMs, but throws for a second thread of the same JVM
    // (the nodes of a test cluster start together).
    static synchronized void ensureInstalled(Path distribution, Path pluginZip) {
        if (pluginZip == null) {
            return;
        }
        if (!Files.isRegularFile(pluginZip)) {
            throw new LocalNodeException("Pacta's analysis plugin is missing at " + pluginZip
                    + ". Build the project first (./mvnw -B -DskipTests package).");
        }
        Path marker = distribution.resolve(".pacta-analysis.sha256");
        Path installed = distribution.resolve("plugins").resolve(PLUGIN_NAME);
        // Several test JVMs may share one distribution: install under a lock.
        try (FileChannel channel = FileChannel.open(distribution.resolve(".pacta-install.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            String wanted = Sha256.ofFile(pluginZip);
            if (Files.isDirectory(installed) && Files.exists(marker) && Files.readString(marker).strip().equals(wanted)) {
                return;
            }
            Map<String, String> env = Map.of("ES_JAVA_HOME", System.getProperty("java.home"));
            Path tool = distribution.resolve("bin/elasticsearch-plugin");
            if (Files.isDirectory(installed)) {
                Commands.run(List.of(tool.toString(), "remove", PLUGIN_NAME), env);
            }
            Commands.Result result = Commands.run(List.of(tool.toString(), "install", "--batch",
                    pluginZip.toUri().toString()), env);
            if (!result.ok()) {
                throw new LocalNodeException("Installing the analysis plugin into " + distribution + " failed: "
                        + result.output().strip());
            }
            Files.writeString(marker, wanted);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install the analysis plugin into " + distribution, e);
        }
    }

}
