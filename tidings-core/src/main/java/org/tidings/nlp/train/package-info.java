/**
 * Training of the statistical name tagger: an averaged structured perceptron fitted to sentences
 * labelled with BIO tags. Reading a corpus and choosing data is the caller's business (see
 * tidings-eval); this package only sees words and labels and produces a {@link
 * org.tidings.nlp.PerceptronNer} that holds weights, never text.
 */
package org.tidings.nlp.train;
