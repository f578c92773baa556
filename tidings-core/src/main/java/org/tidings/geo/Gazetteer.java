package org.tidings.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up countries by any of their names, demonyms, capitals or places.
 *
 * <p>The data is a tab-separated file, one country a line: {@code iso3, name, aliases, demonyms,
 * capital, places}, list fields separated by {@code |}; lines starting with {@code #} are comments.
 */
public final class Gazetteer {
  /** What a name denotes. */
  public enum Kind {
    COUNTRY,
    DEMONYM,
    CAPITAL,
    PLACE
  }

  /** A name found in the gazetteer. */
  public record Match(Country country, Kind kind) {}

  private final Map<String, Country> byCode = new LinkedHashMap<>();
  private final Map<String, Match> byName = new HashMap<>();
  private final Map<String, String> forms = new HashMap<>();
  private final int longestName;

  public Gazetteer(List<Country> countries) {
    int longest = 0;
    for (Country c : countries) {
      byCode.put(c.iso3(), c);
      longest = Math.max(longest, put(c.name(), c, Kind.COUNTRY));
      for (String a : c.aliases()) {
        longest = Math.max(longest, put(a, c, Kind.COUNTRY));
      }
      for (String d : c.demonyms()) {
        longest = Math.max(longest, put(d, c, Kind.DEMONYM));
      }
      if (!c.capital().isEmpty()) {
        longest = Math.max(longest, put(c.capital(), c, Kind.CAPITAL));
      }
      for (String p : c.places()) {
        longest = Math.max(longest, put(p, c, Kind.PLACE));
      }
    }
    this.longestName = longest;
  }

  private int put(String name, Country c, Kind kind) {
    String key = key(name);
    if (byName.putIfAbsent(key, new Match(c, kind)) == null) {
      forms.put(key, name);
    }
    return name.split(" ").length;
  }

  /**
   * The lookup key of a name: lower case, full stops dropped, curly apostrophes made straight and
   * runs of white space made one space, so "U.S." finds "US" and "St. Petersburg" "St Petersburg".
   */
  public static String key(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '.') {
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** The gazetteer shipped with Tidings. */
  public static Gazetteer standard() {
    try (InputStream in = Gazetteer.class.getResourceAsStream("countries.tsv")) {
      if (in == null) {
        throw new IllegalStateException("countries.tsv missing from the classpath");
      }
      return new Gazetteer(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads countries in the gazetteer's TSV format. */
  public static List<Country> read(InputStream in) throws IOException {
    List<Country> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new IllegalArgumentException(
            "countries.tsv:" + n + ": want 6 fields, got " + f.length);
      }
      out.add(new Country(f[0], f[1], list(f[2]), list(f[3]), f[4], list(f[5])));
    }
    return out;
  }

  private static List<String> list(String field) {
    return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
  }

  /** The country with this ISO alpha-3 code. */
  public Optional<Country> country(String iso3) {
    return Optional.ofNullable(byCode.get(iso3));
  }

  /** What {@code name} denotes, case-insensitively ("Azerbaijani" gives AZE as a demonym). */
  public Optional<Match> find(String name) {
    return Optional.ofNullable(byName.get(key(name)));
  }

  /**
   * What {@code surface}, as written in running text, denotes: like {@link #find} but the case must
   * fit. An acronym ("US", "UAE") must be written in capitals, so the pronoun "us" is no country;
   * other names must start with a capital letter.
   */
  public Optional<Match> findCased(String surface) {
    String key = key(surface);
    Match m = byName.get(key);
    if (m == null || !caseFits(forms.get(key), surface)) {
      return Optional.empty();
    }
    return Optional.of(m);
  }

  /** Whether a surface form is written with the case a listed name needs. */
  public static boolean caseFits(String listed, String surface) {
    if (surface.isEmpty() || listed.isEmpty()) {
      return false;
    }
    if (isAcronym(listed)) {
      return isAcronym(surface)
          || (surface.length() >= 4 && Character.isUpperCase(surface.charAt(0)));
    }
    char first = listed.charAt(0);
    return Character.isUpperCase(first)
        ? Character.isUpperCase(surface.charAt(0))
        : surface.charAt(0) == first;
  }

  private static boolean isAcronym(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters > 0 && letters <= 5;
  }

  /** The most words any name has, for longest-match scanning. */
  public int longestName() {
    return longestName;
  }

  /** All countries, in file order of their codes. */
  public List<Country> countries() {
    return List.copyOf(byCode.values());
  }
}
