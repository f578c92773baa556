package org.tidings.model;

import java.util.Objects;

/**
 * A date, time, period or range named in the text.
 *
 * @param span where it stands
 * @param text the expression, as in the text
 * @param value its TimeML-style value: "2014-04-07", "2009/2011" for a range of years, "XXXX-04"
 *     for a month whose year is unknown, "PAST_REF" and the like when nothing better is known
 * @param resolved false when the value depends on an anchor (publication date) that is not known
 */
public record TimeExpression(Span span, String text, String value, boolean resolved)
    implements Annotation {
  public TimeExpression {
    Objects.requireNonNull(span);
    Objects.requireNonNull(text);
    Objects.requireNonNull(value);
  }
}
