package org.tidings.model;

import java.util.Objects;

/**
 * A sentence, a headline or a caption: the unit that events and transfers are coded from.
 *
 * @param span where it stands
 * @param firstToken index of its first token in {@link Analysis#tokens()}
 * @param tokenCount how many tokens it holds
 */
public record Sentence(Span span, int firstToken, int tokenCount) implements Annotation {
  public Sentence {
    Objects.requireNonNull(span);
    if (firstToken < 0 || tokenCount < 0) {
      throw new IllegalArgumentException("bad token range " + firstToken + "+" + tokenCount);
    }
  }
}
