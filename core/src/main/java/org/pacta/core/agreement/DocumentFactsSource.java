package org.pacta.core.agreement;

import java.util.List;

/** Reads the facts of every archived document (the documents index). */
@FunctionalInterface
public interface DocumentFactsSource {

    List<DocumentFacts> all();
}
