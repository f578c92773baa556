package org.tidings.syntax;

import java.util.Objects;

/**
 * A dependent of a predicate introduced by a marker: an oblique with its preposition ("to" +
 * Armenia) or an adverbial clause with its subordinator ("after" + visiting).
 *
 * @param index the dependent word's number in its tree
 * @param relation its relation, such as "obl", "obl:agent" or "advcl"
 * @param marker its lower-cased preposition or subordinator, possibly of several words ("because
 *     of"), or the empty string
 */
public record Oblique(int index, String relation, String marker) {
  public Oblique {
    Objects.requireNonNull(relation);
    Objects.requireNonNull(marker);
  }
}
