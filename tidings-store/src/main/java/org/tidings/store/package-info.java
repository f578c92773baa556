/**
 * Where analyses are kept. {@link org.tidings.store.Store} is the contract; {@link
 * org.tidings.store.EmbeddedStore} the default implementation: DuckDB tables ({@code articles,
 * entities, quotes, events, transfers, dead_letters, schema_version}) in {@code
 * <dir>/tidings.duckdb} and a Lucene full-text index of titles and texts in {@code <dir>/index}.
 *
 * <p>The tables are the truth and the index is derived from them: each article write is one DuckDB
 * transaction (several articles share a commit when they arrive together), its index document is
 * written after the commit, and the index records in each commit the sequence number up to which it
 * is complete, so that opening the store re-indexes whatever a crash lost.
 */
package org.tidings.store;
