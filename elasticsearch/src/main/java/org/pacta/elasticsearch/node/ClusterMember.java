package org.pacta.elasticsearch.node;

import java.util.ArrayList;
import java.util.List;

/**
 * A local node's place in a cluster of several nodes on loopback (the node-loss tests); without
 * one, a local node is a cluster of its own ({@code discovery.type=single-node}).
 *
 * @param clusterName   shared by every member
 * @param nodeName      unique within the cluster
 * @param transportPort fixed, so the other members can find this one
 * @param seedHosts     {@code 127.0.0.1:port} of every member's transport
 * @param masterNodes   the node names that elect the first master
 */
public record ClusterMember(String clusterName, String nodeName, int transportPort, List<String> seedHosts,
                            List<String> masterNodes) {

    public ClusterMember {
        seedHosts = List.copyOf(seedHosts);
        masterNodes = List.copyOf(masterNodes);
    }

    /** The settings of Pacta's own node: alone, on any free transport port. */
    static List<String> singleNode(String clusterName) {
        return List.of("cluster.name=" + clusterName, "node.name=pacta-local", "discovery.type=single-node",
                "transport.port=0");
    }

    List<String> settings() {
        List<String> settings = new ArrayList<>();
        settings.add("cluster.name=" + clusterName);
        settings.add("node.name=" + nodeName);
        settings.add("transport.port=" + transportPort);
        settings.add("discovery.seed_hosts=" + String.join(",", seedHosts));
        settings.add("cluster.initial_master_nodes=" + String.join(",", masterNodes));
        return settings;
    }
}
