package org.pacta.core.ingest;

import java.util.Map;

/** Where ingested documents and the catalog of ingested files are kept (the search index). */
public interface Archive {

    /** Every file the archive has recorded, by absolute path. */
    Map<String, CatalogEntry> catalog();

    /** Opens a bulk-writing session for one ingest run. */
    ArchiveSession openSession(ArchiveSession.Listener listener);

    /** A session whose documents go to another target than the live one (a rebuild into a new index). */
    ArchiveSession openSession(String documentsTarget, ArchiveSession.Listener listener);
}
