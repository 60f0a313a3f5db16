/**
 * The ingest pipeline: walk the folders ({@link org.pacta.ingest.FileWalker}, leaving out what
 * {@link org.pacta.ingest.exclude.Exclusions} excludes), skip files unchanged since the last run
 * ({@link org.pacta.ingest.PathIndex}), hash and keep the original, extract the text, read the metadata,
 * cut the text into passages, write through one batched session, and report ({@link org.pacta.ingest.Tally},
 * {@link org.pacta.ingest.IngestSummary}). {@link org.pacta.ingest.FolderIngest} runs it over folders,
 * {@link org.pacta.ingest.BlobRebuild} over the kept originals.
 *
 * <p>It reaches extraction, metadata reading, blob storage and the index only through core's ports
 * ({@link org.pacta.core.ingest.TextExtractor}, {@link org.pacta.core.document.MetadataReader},
 * {@link org.pacta.core.document.PassageReader}, {@link org.pacta.core.ingest.BlobStore},
 * {@link org.pacta.core.ingest.ArchiveSession}), so the application chooses the adapters and this module
 * carries no parser.
 */
package org.pacta.ingest;
