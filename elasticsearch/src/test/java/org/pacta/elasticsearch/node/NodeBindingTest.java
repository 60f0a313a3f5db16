package org.pacta.elasticsearch.node;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.nodes.info.NodeInfo;
import org.junit.jupiter.api.Test;
import org.pacta.elasticsearch.testing.TestElasticsearch;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The local node Pacta starts (the test JVM's shared node is one) listens on the loopback interface only: HTTP and transport, bound and published. */
class NodeBindingTest {

    @Test
    void theLocalNodeListensOnLoopbackOnly() throws Exception {
        TestElasticsearch cluster = TestElasticsearch.shared();
        assumeTrue(cluster.source() == TestElasticsearch.Source.LOCAL_NODE, "the test cluster is not a node Pacta started");
        ElasticsearchClient client = cluster.connection().client();
        NodeInfo info = client.nodes().info(i -> i.nodeId("_local").metric("http", "transport")).nodes().values()
                .iterator().next();
        List<String> addresses = new ArrayList<>(info.http().boundAddress());
        addresses.add(info.http().publishAddress());
        addresses.addAll(info.transport().boundAddress());
        addresses.add(info.transport().publishAddress());
        assertFalse(addresses.isEmpty());
        for (String address : addresses) {
            String host = address.substring(address.lastIndexOf('/') + 1, address.lastIndexOf(':'))
                    .replace("[", "").replace("]", "");
            assertTrue(InetAddress.getByName(host).isLoopbackAddress(), "not loopback: " + address + " in " + addresses);
        }
    }
}
