/**
 * Training of the syntax models from CoNLL-U treebanks: the {@link
 * org.tidings.syntax.train.Perceptron} with weight averaging, the arc-eager dynamic {@link
 * org.tidings.syntax.train.Oracle}, the trainers and the {@link org.tidings.syntax.train.Train}
 * command that writes the bundled models.
 */
package org.tidings.syntax.train;
