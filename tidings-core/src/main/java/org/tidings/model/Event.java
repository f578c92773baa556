package org.tidings.model;

import java.util.Objects;

/**
 * Who did what to whom, coded with CAMEO.
 *
 * @param span the words that triggered the code (usually the verb phrase)
 * @param sentence the sentence it was coded from
 * @param source CAMEO actor code of who acted ("AZEGOV")
 * @param target CAMEO actor code of who it was done to, or the empty string
 * @param code CAMEO event code as a string ("046", "0312")
 * @param goldstein Goldstein scale value of the code, -10 to +10
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param date ISO 8601 date or TimeML value of when it happened, or the empty string when unknown
 * @param provenance who reported it, where its date came from, and whether it is only intended
 */
public record Event(
    Span span,
    Span sentence,
    String source,
    String target,
    String code,
    double goldstein,
    int quadClass,
    String date,
    Provenance provenance)
    implements Annotation {

  /**
   * How an event is known.
   *
   * @param reporter actor code of who reported it ("RUSGOV" for "Putin argued that Russia ..."), or
   *     the empty string when the text states it directly
   * @param dateFrom where {@link Event#date()} came from: "sentence" (a time expression in it),
   *     "publication" (the article's date, for lack of one in the sentence), or the empty string
   *     when there is no date
   * @param intent whether it is an intent coded from a wanted or planned act ("wants to buy")
   */
  public record Provenance(String reporter, String dateFrom, boolean intent) {
    /** Stated directly, date unknown or not said where from, not an intent. */
    public static final Provenance DIRECT = new Provenance("", "", false);

    public Provenance {
      Objects.requireNonNull(reporter);
      Objects.requireNonNull(dateFrom);
      if (!dateFrom.isEmpty() && !dateFrom.equals("sentence") && !dateFrom.equals("publication")) {
        throw new IllegalArgumentException("bad date source '" + dateFrom + "'");
      }
    }
  }

  /** An event stated directly, with no word on where its date came from. */
  public Event(
      Span span,
      Span sentence,
      String source,
      String target,
      String code,
      double goldstein,
      int quadClass,
      String date) {
    this(span, sentence, source, target, code, goldstein, quadClass, date, Provenance.DIRECT);
  }

  public Event {
    Objects.requireNonNull(provenance);
    Objects.requireNonNull(span);
    Objects.requireNonNull(sentence);
    Objects.requireNonNull(source);
    Objects.requireNonNull(target);
    Objects.requireNonNull(code);
    Objects.requireNonNull(date);
    if (code.length() < 2 || !code.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("bad CAMEO code '" + code + "'");
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("bad QuadClass " + quadClass);
    }
  }

  /** The two-digit root code: "04" for "046". */
  public String rootCode() {
    return code.substring(0, 2);
  }

  /** The three-digit base code: "031" for "0312", or the root for a two-digit code. */
  public String baseCode() {
    return code.substring(0, Math.min(3, code.length()));
  }
}
