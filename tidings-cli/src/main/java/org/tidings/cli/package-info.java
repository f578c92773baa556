/**
 * The {@code tidings} command line (picocli): {@code analyze} (JSON Lines), {@code extract}, {@code
 * ingest}, the store listings {@code search events transfers quotes entities}, {@code export}
 * (GDELT or JSON Lines), {@code serve} and {@code demo}.
 *
 * <p>{@link org.tidings.cli.Wiring} is the one place that names the extractor, the stages, the
 * store, the writers and the server; {@link org.tidings.cli.Tidings.Parts} lets tests swap them.
 * Batches run on {@link org.tidings.pipeline.ParallelRunner}: many threads analyse, one thread
 * prints or stores, in input order.
 */
package org.tidings.cli;
