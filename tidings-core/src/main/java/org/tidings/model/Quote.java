package org.tidings.model;

import java.util.Objects;

/**
 * Something someone said.
 *
 * @param span the quoted words (without the quote marks for direct quotes)
 * @param text the quoted words
 * @param speaker canonical name of who said it, or the empty string when unknown
 * @param speakerSpan the mention that names the speaker, or null when unknown
 * @param indirect true for reported speech ("X said that ..."), false for a direct quote
 */
public record Quote(Span span, String text, String speaker, Span speakerSpan, boolean indirect)
    implements Annotation {
  public Quote {
    Objects.requireNonNull(span);
    Objects.requireNonNull(text);
    Objects.requireNonNull(speaker);
  }
}
