/** The embedded store: SQL tables (DuckDB) for articles and facts, and a Lucene full-text index. */
package org.tidings.store;
