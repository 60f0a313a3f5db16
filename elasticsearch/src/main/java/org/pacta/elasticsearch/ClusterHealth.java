package org.pacta.elasticsearch;

/**
 * What the cluster says of itself, in Pacta's terms, so that callers need no Elasticsearch types.
 *
 * @param status green, yellow or red
 */
public record ClusterHealth(String status, String clusterName, int nodes) {

    public boolean red() {
        return "red".equals(status);
    }

    /** 2 green, 1 yellow, 0 red: for a gauge. */
    public int level() {
        return switch (status) {
            case "green" -> 2;
            case "yellow" -> 1;
            default -> 0;
        };
    }
}
