package org.tidings.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tidings.geo.Gazetteer;
import org.tidings.model.EntityType;
import org.tidings.model.Role;

/**
 * The word lists the entity recognizer works from: the country gazetteer, named organisations and
 * people, titles that introduce names, organisation suffixes, given names and capitalised words
 * that are never names. Immutable and thread-safe.
 */
public final class EntityLexicon {

  /** A phrase that introduces a name: "President" a head of state, "news agency" a media org. */
  public record Title(EntityType type, String role) {}

  /** A name the lexicon knows, with what it stands for. */
  public record Known(
      String form, String canonical, EntityType type, String country, String role) {}

  private final Gazetteer gazetteer;
  private final Map<String, Title> titles;
  private final Map<String, Known> known;
  private final Map<String, String> orgWords;
  private final Set<String> givenNames;
  private final Set<String> notNames;

  public EntityLexicon(
      Gazetteer gazetteer,
      Map<String, Title> titles,
      List<Known> known,
      Map<String, String> orgWords,
      Set<String> givenNames,
      Set<String> notNames) {
    this.gazetteer = Objects.requireNonNull(gazetteer);
    this.titles = new HashMap<>();
    titles.forEach((k, v) -> this.titles.put(Gazetteer.key(k), v));
    this.known = new HashMap<>();
    for (Known k : known) {
      this.known.putIfAbsent(Gazetteer.key(k.form()), k);
    }
    this.orgWords = Map.copyOf(orgWords);
    this.givenNames = Set.copyOf(givenNames);
    this.notNames = Set.copyOf(notNames);
  }

  /** The lexicon shipped with Tidings. */
  public static EntityLexicon standard() {
    return new EntityLexicon(
        Gazetteer.standard(),
        readTitles(),
        readKnown(),
        readOrgWords(),
        words("first-names.txt"),
        words("not-names.txt"));
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The title a phrase is, matched case-insensitively. */
  public Optional<Title> title(String phrase) {
    return Optional.ofNullable(titles.get(Gazetteer.key(phrase)));
  }

  /** The organisation or person a surface form names, if its case fits. */
  public Optional<Known> known(String surface) {
    Known k = known.get(Gazetteer.key(surface));
    if (k == null || !Gazetteer.caseFits(k.form(), surface)) {
      return Optional.empty();
    }
    return Optional.of(k);
  }

  /** The organisation or person a phrase names, whatever its case. */
  public Optional<Known> knownAnyCase(String phrase) {
    return Optional.ofNullable(known.get(Gazetteer.key(phrase)));
  }

  /** The role an organisation ending (or starting) with this word has, or null if none. */
  public String orgWordRole(String word) {
    return orgWords.get(word);
  }

  public boolean isGivenName(String word) {
    return givenNames.contains(word);
  }

  public boolean isNotName(String word) {
    return notNames.contains(word);
  }

  private static Map<String, Title> readTitles() {
    Map<String, Title> out = new HashMap<>();
    for (String[] f : rows("titles.tsv", 3)) {
      out.putIfAbsent(f[0], new Title(EntityType.valueOf(f[1]), Role.label(f[2])));
    }
    return out;
  }

  private static List<Known> readKnown() {
    List<Known> out = new ArrayList<>();
    for (String[] f : rows("organisations.tsv", 5)) {
      EntityType type = EntityType.valueOf(f[2]);
      out.add(new Known(f[0], f[0], type, f[3], Role.label(f[4])));
      for (String alias : list(f[1])) {
        out.add(new Known(alias, f[0], type, f[3], Role.label(f[4])));
      }
    }
    for (String[] f : rows("people.tsv", 4)) {
      out.add(new Known(f[0], f[0], EntityType.PERSON, f[2], Role.label(f[3])));
      for (String alias : list(f[1])) {
        out.add(new Known(alias, f[0], EntityType.PERSON, f[2], Role.label(f[3])));
      }
    }
    return out;
  }

  private static Map<String, String> readOrgWords() {
    Map<String, String> out = new HashMap<>();
    for (String[] f : rows("org-suffixes.tsv", 2)) {
      out.putIfAbsent(f[0], Role.label(f[1]));
    }
    return out;
  }

  private static List<String> list(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
  }

  private static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    for (String line : lines(resource)) {
      for (String w : line.trim().split("\\s+")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
  }

  private static List<String[]> rows(String resource, int fields) {
    List<String[]> out = new ArrayList<>();
    int n = 0;
    for (String line : lines(resource)) {
      n++;
      String[] f = line.split("\t", -1);
      if (f.length != fields) {
        throw new IllegalArgumentException(
            resource + ": row " + n + ": want " + fields + " fields, got " + f.length);
      }
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].trim();
      }
      out.add(f);
    }
    return out;
  }

  /** The non-blank, non-comment lines of a bundled resource. */
  static List<String> lines(String resource) {
    try (InputStream in = EntityLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
