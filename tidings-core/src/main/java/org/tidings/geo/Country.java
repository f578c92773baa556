package org.tidings.geo;

import java.util.List;
import java.util.Objects;

/**
 * One country as the gazetteer knows it.
 *
 * @param iso3 ISO 3166 alpha-3 code, also its CAMEO actor code ("AZE")
 * @param name common English name ("Azerbaijan")
 * @param aliases other names it goes by ("Republic of Azerbaijan")
 * @param demonyms adjectives and nouns for its people ("Azerbaijani", "Azeri")
 * @param capital capital city ("Baku"), which news uses for the government
 * @param places major cities and regions in it ("Nakhichevan", "Ganja")
 */
public record Country(
    String iso3,
    String name,
    List<String> aliases,
    List<String> demonyms,
    String capital,
    List<String> places) {
  public Country {
    Objects.requireNonNull(iso3);
    Objects.requireNonNull(name);
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
    Objects.requireNonNull(capital);
    places = List.copyOf(places);
  }
}
