package org.tidings.model;

import java.util.Objects;

/**
 * A quantity: money, a count of things, a percentage.
 *
 * @param span where it stands
 * @param text the expression, as in the text
 * @param value the number, magnitude applied ("$5 billion" gives 5.0E9)
 * @param unit ISO 4217 currency code for money ("USD"), "%" for percentages, else the counted noun
 *     ("tanks")
 * @param approximate true when hedged ("around", "about", "some")
 */
public record Amount(Span span, String text, double value, String unit, boolean approximate)
    implements Annotation {
  public Amount {
    Objects.requireNonNull(span);
    Objects.requireNonNull(text);
    Objects.requireNonNull(unit);
  }
}
