package org.pacta.elasticsearch.node;

import org.pacta.elasticsearch.testing.TestElasticsearch;

import java.nio.file.Path;

/** A separate JVM that owns a local node, so a test can kill -9 it and watch what happens. */
public final class LocalNodeOwnerMain {

    public static void main(String[] args) throws InterruptedException {
        RunningNode node = TestElasticsearch.newLocalNode(Path.of(args[0])).startOrAttach(LocalNode.Lifetime.OWNED);
        System.out.println("NODE " + node.pid() + " " + node.url());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
