/**
 * Evaluation of the syntax models ({@code org.tidings.syntax}) against the UD English EWT and GUM
 * test sets: UPOS accuracy, UAS and LAS with pinned floors, and tagging and parsing speed.
 */
package org.tidings.eval.syntax;
