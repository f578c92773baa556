package org.tidings.events.gdelt;

import java.util.List;
import java.util.Objects;

/**
 * The ten actor columns of a GDELT event row; the empty string for unknown values.
 *
 * @param code full CAMEO actor code ("RUSGOV")
 * @param name the actor's name as GDELT writes it ("RUSSIA")
 * @param countryCode CAMEO (ISO alpha-3) country code
 * @param knownGroupCode known group ("UNO", "NAT")
 * @param ethnicCode ethnic group code
 * @param religion1Code first religion code
 * @param religion2Code second religion code
 * @param type1Code first role or type code ("GOV")
 * @param type2Code second type code
 * @param type3Code third type code
 */
public record GdeltActor(
    String code,
    String name,
    String countryCode,
    String knownGroupCode,
    String ethnicCode,
    String religion1Code,
    String religion2Code,
    String type1Code,
    String type2Code,
    String type3Code) {

  /** No actor. */
  public static final GdeltActor NONE = new GdeltActor("", "", "", "", "", "", "", "", "", "");

  public GdeltActor {
    for (String s :
        List.of(
            code,
            name,
            countryCode,
            knownGroupCode,
            ethnicCode,
            religion1Code,
            religion2Code,
            type1Code,
            type2Code,
            type3Code)) {
      Objects.requireNonNull(s);
    }
  }

  List<String> columns() {
    return List.of(
        code,
        name,
        countryCode,
        knownGroupCode,
        ethnicCode,
        religion1Code,
        religion2Code,
        type1Code,
        type2Code,
        type3Code);
  }

  static GdeltActor of(List<String> f) {
    return new GdeltActor(
        f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), f.get(8),
        f.get(9));
  }
}
