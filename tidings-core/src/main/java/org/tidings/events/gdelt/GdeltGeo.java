package org.tidings.events.gdelt;

import java.util.List;
import java.util.Objects;

/**
 * The eight geography columns of a GDELT event row.
 *
 * @param type 0 none, 1 country, 2 US state, 3 US city, 4 world city, 5 world state
 * @param fullName place name ("Minsk, Belarus (general), Belarus")
 * @param countryCode FIPS 10-4 country code ("BO")
 * @param adm1Code FIPS country code plus first-level division ("BO00")
 * @param adm2Code second-level division
 * @param latitude latitude, NaN when not given
 * @param longitude longitude, NaN when not given
 * @param featureId GNS or GNIS feature identifier, as text
 */
public record GdeltGeo(
    int type,
    String fullName,
    String countryCode,
    String adm1Code,
    String adm2Code,
    double latitude,
    double longitude,
    String featureId) {

  /** No place. */
  public static final GdeltGeo NONE = new GdeltGeo(0, "", "", "", "", Double.NaN, Double.NaN, "");

  public GdeltGeo {
    Objects.requireNonNull(fullName);
    Objects.requireNonNull(countryCode);
    Objects.requireNonNull(adm1Code);
    Objects.requireNonNull(adm2Code);
    Objects.requireNonNull(featureId);
  }

  List<String> columns() {
    return List.of(
        Integer.toString(type),
        fullName,
        countryCode,
        adm1Code,
        adm2Code,
        Columns.number(latitude),
        Columns.number(longitude),
        featureId);
  }

  static GdeltGeo of(List<String> f) {
    return new GdeltGeo(
        Columns.integer(f.get(0)),
        f.get(1),
        f.get(2),
        f.get(3),
        f.get(4),
        Columns.decimal(f.get(5)),
        Columns.decimal(f.get(6)),
        f.get(7));
  }
}
