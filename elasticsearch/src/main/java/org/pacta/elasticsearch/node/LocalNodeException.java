package org.pacta.elasticsearch.node;

/** A local-node problem told in one readable sentence, with where to look next. */
public class LocalNodeException extends RuntimeException {

    public LocalNodeException(String message) {
        super(message);
    }

    public LocalNodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
