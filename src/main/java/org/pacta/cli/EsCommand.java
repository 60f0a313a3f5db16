package org.pacta.cli;

import org.pacta.cluster.ElasticsearchEndpoint;
import org.pacta.config.PactaProperties;
import org.pacta.elasticsearch.ClusterHealth;
import org.pacta.elasticsearch.ConnectionSettings;
import org.pacta.elasticsearch.ElasticsearchConnection;
import org.pacta.elasticsearch.node.LocalNode;
import org.pacta.elasticsearch.node.RunningNode;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.util.Optional;

/** {@code ./pacta es status|start|stop}: the local node of the data dir (or the external cluster's health). */
@Command(name = "es", description = "Manage the local Elasticsearch node.", footer = {
        "  ./pacta es status",
        "  ./pacta es start && ./pacta ingest ../shared/corpus && ./pacta es stop"},
        subcommands = {EsCommand.Status.class, EsCommand.Start.class, EsCommand.Stop.class})
public class EsCommand {

    @Command(name = "status", description = "Show whether the node answers, and its health. Exit 1 if it does not.", footer = {
            "  ./pacta es status",
            "  PACTA_ES_URL=http://127.0.0.1:9200 ./pacta es status"})
    static class Status implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            PactaProperties properties = CliContext.properties();
            if (properties.es().external()) {
                PactaProperties.Elasticsearch es = properties.es();
                return printHealth("external cluster", ConnectionSettings.of(es.url(), es.apiKey(), es.username(),
                        es.password(), es.caCert()));
            }
            Optional<RunningNode> node = ElasticsearchEndpoint.localNode(properties).status();
            if (node.isEmpty()) {
                System.out.println("local node: not running (data dir " + properties.home().toAbsolutePath() + ")");
                return 1;
            }
            return printHealth("local node pid " + node.get().pid(), ConnectionSettings.local(node.get().url()));
        }

        private static int printHealth(String what, ConnectionSettings settings) {
            try (ElasticsearchConnection connection = ElasticsearchConnection.open(settings)) {
                ClusterHealth health = connection.health();
                System.out.printf("%s: %s at %s, cluster %s, %d node(s)%n", what, health.status(),
                        settings.nodes().get(0), health.clusterName(), health.nodes());
                return 0;
            } catch (IOException e) {
                System.out.println(what + ": not answering at " + settings.nodes() + " (" + e.getMessage() + ")");
                return 1;
            }
        }
    }

    @Command(name = "start", description = "Start the local node in the background (it outlives this command).", footer = {
            "  ./pacta es start",
            "  PACTA_HOME=/srv/pacta PACTA_ES_HEAP=1g ./pacta es start"})
    static class Start implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            RunningNode node = ElasticsearchEndpoint.localNode(CliContext.properties())
                    .startOrAttach(LocalNode.Lifetime.DETACHED);
            System.out.println("local node: running at " + node.url() + " (pid " + node.pid() + ")");
            return 0;
        }
    }

    @Command(name = "stop", description = "Stop the local node of this data dir, whoever started it.", footer = {
            "  ./pacta es stop",
            "  PACTA_HOME=/srv/pacta ./pacta es stop"})
    static class Stop implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            boolean stopped = ElasticsearchEndpoint.localNode(CliContext.properties()).stop();
            System.out.println(stopped ? "local node: stopped" : "local node: was not running");
            return 0;
        }
    }
}
