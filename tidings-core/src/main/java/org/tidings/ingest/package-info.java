/**
 * Reading inputs: files, directories, WARC archives and text dumps, turned into {@link
 * org.tidings.model.Source}s; unreadable input becomes a {@link org.tidings.model.Diagnostic}.
 */
package org.tidings.ingest;
