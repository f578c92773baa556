package org.tidings.events.petrarch;

import java.util.Objects;

/**
 * An event code as PETRARCH dictionaries write it: {@code [064]}, {@code [---]} for none, or a pair
 * {@code [032:033]} where the second code is for the paired event that goes the other way (target
 * to source: "A arrived in B" gives A visits B and B hosts A).
 *
 * @param code the code, "---" when the pattern produces no event
 * @param reverse the paired reverse code, or the empty string
 */
public record PetrarchCode(String code, String reverse) {
  /** No event. */
  public static final PetrarchCode NONE = new PetrarchCode("---", "");

  public PetrarchCode {
    Objects.requireNonNull(code);
    Objects.requireNonNull(reverse);
  }

  /** Whether this code produces an event. */
  public boolean isEvent() {
    return !code.equals("---") && !code.isEmpty();
  }

  /**
   * Parses what stands between the brackets: "064", "013:012", "---"; a trailing "?" (TABARI's mark
   * of a doubtful code, "023?") is dropped.
   */
  public static PetrarchCode parse(String s) {
    String t = s.trim();
    while (t.endsWith("?")) {
      t = t.substring(0, t.length() - 1).trim();
    }
    if (t.isEmpty()) {
      throw new IllegalArgumentException("empty code");
    }
    int colon = t.indexOf(':');
    String a = colon < 0 ? t : t.substring(0, colon).trim();
    String b = colon < 0 ? "" : t.substring(colon + 1).trim();
    for (String c : new String[] {a, b}) {
      if (!c.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-' || ch == '+')) {
        throw new IllegalArgumentException("bad code '" + c + "'");
      }
    }
    return new PetrarchCode(a, b.equals("---") ? "" : b);
  }
}
