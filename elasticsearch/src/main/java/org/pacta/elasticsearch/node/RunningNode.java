package org.pacta.elasticsearch.node;

import java.net.URI;

/**
 * A local node that answers.
 *
 * @param url   its HTTP address on loopback
 * @param pid   the process id of the node's launcher
 * @param owned true when this process started it and must stop it on exit
 */
public record RunningNode(URI url, long pid, boolean owned) {
}
