/**
 * Watching ingest folders: {@link org.pacta.ingest.watch.FolderWatcher} says which folders changed, in batches,
 * and the caller re-ingests them with prune. It decides nothing about documents; the ingest's skip-unchanged,
 * exclusions and prune do that, which is why a batch may name more than strictly changed.
 */
package org.pacta.ingest.watch;
