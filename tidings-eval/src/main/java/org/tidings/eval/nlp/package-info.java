/**
 * Evaluation (and, for the name tagger, training) of the language stages against the shared data:
 * tokens, quotes, time expressions, and names on CoNLL-2003 and Universal NER. Reads data from the
 * {@code tidings.shared} system property (default {@code ../shared}); never copies it into the
 * repository.
 */
package org.tidings.eval.nlp;
