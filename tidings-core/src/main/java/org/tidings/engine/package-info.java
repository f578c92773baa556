/**
 * The default assembly of Tidings: which extractor and which stages, in which order. Front ends
 * (the command line, the server, the Spark job) take their pipeline from here so they all analyse
 * alike.
 */
package org.tidings.engine;
