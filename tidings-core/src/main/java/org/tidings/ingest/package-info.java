/**
 * Reading inputs: files, directories, WARC archives and text dumps, turned into {@link
 * org.tidings.model.Source}s; unreadable input becomes a {@link org.tidings.model.Diagnostic}.
 *
 * <p>{@link org.tidings.ingest.SourceReader} walks paths lazily and in a fixed order and yields one
 * {@link org.tidings.ingest.Ingested} per document found or input rejected. It never throws for bad
 * input. Diagnostic codes: {@code ingest.empty}, {@code ingest.binary}, {@code ingest.too-large},
 * {@code ingest.unreadable}, {@code ingest.unknown-type}, {@code ingest.warc-corrupt}.
 */
package org.tidings.ingest;
