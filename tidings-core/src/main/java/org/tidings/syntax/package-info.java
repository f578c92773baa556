/**
 * Fast syntactic analysis trained by the project's own code: a part-of-speech {@link
 * org.tidings.syntax.Tagger} (averaged perceptron, greedy, UPOS), a transition-based {@link
 * org.tidings.syntax.DependencyParser} (arc-eager, averaged perceptron, UD relations) and the
 * {@link org.tidings.syntax.SyntaxParser} facade that runs both and returns a {@link
 * org.tidings.syntax.DependencyTree} with helpers for subjects, objects and obliques.
 *
 * <p>Models are hashed-feature weight tables in a compact binary format of our own ({@link
 * org.tidings.syntax.WeightTable}), bundled as classpath resources; see {@code MODEL.md} next to
 * them. Everything here is immutable and thread-safe.
 */
package org.tidings.syntax;
