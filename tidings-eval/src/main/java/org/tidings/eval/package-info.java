/** Evaluation against the shared data sets and the peers, with pinned quality floors. */
package org.tidings.eval;
