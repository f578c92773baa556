package org.tidings.model;

import java.util.Objects;

/**
 * A word or punctuation mark.
 *
 * @param span where it stands
 * @param text its characters, as in the text
 * @param tag a part-of-speech or shape tag, or the empty string when none was assigned
 */
public record Token(Span span, String text, String tag) implements Annotation {
  public Token {
    Objects.requireNonNull(span);
    Objects.requireNonNull(text);
    Objects.requireNonNull(tag);
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("token text '" + text + "' does not fit " + span);
    }
  }

  public Token(Span span, String text) {
    this(span, text, "");
  }
}
