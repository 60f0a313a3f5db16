package org.pacta.core.search;

import java.time.Duration;

/** A search that had nothing to show when its time ran out (the API answers 503 with Retry-After). */
public class SearchTimedOutException extends RuntimeException {

    public SearchTimedOutException(Duration timeout) {
        super("The search took longer than " + timeout.toMillis() / 1000.0 + " s and was stopped; "
                + "try again, or with fewer or longer words");
    }
}
