package org.tidings.arms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.geo.Gazetteer;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.Role;
import org.tidings.model.Span;

/**
 * Finds the countries a sentence names: country names, demonyms and capitals from the gazetteer,
 * plus entities that the entity stage tied to a country. Regions and cities other than capitals are
 * left out: weapons are traded between states.
 */
final class CountrySpotter {
  private static final Pattern WORD = Pattern.compile("\\p{Lu}\\.(?:\\p{Lu}\\.)+|[\\p{L}\\p{M}]+");
  private static final Pattern MADE =
      Pattern.compile(
          "^[-\\s‑](?:made|built|produced|designed|manufactured|supplied|origin|developed)\\b");
  private static final Set<String> ACTOR_ROLES = Set.of("GOV", "MIL", "HOS", "HOG", "SPY", "DEF");

  private final Gazetteer gazetteer;

  CountrySpotter(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Country mentions within {@code [from, to)}, in text order, without overlaps. */
  List<CountryMention> find(String text, int from, int to, List<Entity> entities) {
    List<CountryMention> out = new ArrayList<>();
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    int longest = gazetteer.longestName() + 2;
    for (int i = 0; i < words.size(); i++) {
      int start = words.get(i)[0];
      if (!Character.isUpperCase(text.charAt(start))) {
        continue;
      }
      for (int j = Math.min(words.size() - 1, i + longest - 1); j >= i; j--) {
        int end = words.get(j)[1];
        Optional<Gazetteer.Match> match = lookup(text.substring(start, end));
        if (match.isPresent() && match.get().kind() != Gazetteer.Kind.PLACE) {
          Span span = new Span(start, end);
          if (!insidePerson(span, entities)) {
            boolean demonym = match.get().kind() == Gazetteer.Kind.DEMONYM;
            boolean made = MADE.matcher(text.substring(end, Math.min(to, end + 14))).find();
            out.add(new CountryMention(span, match.get().country().iso3(), demonym, made));
          }
          i = j;
          break;
        }
      }
    }
    addEntities(out, from, to, entities);
    return out;
  }

  private Optional<Gazetteer.Match> lookup(String name) {
    String letters = name.replace(".", "");
    if (letters.length() <= 3 && !letters.equals(letters.toUpperCase(Locale.ROOT))) {
      return Optional.empty(); // "us" is not the US
    }
    return gazetteer.find(name);
  }

  private static boolean insidePerson(Span span, List<Entity> entities) {
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON && e.span().contains(span)) {
        return true;
      }
    }
    return false;
  }

  /** Entities tied to a country that the gazetteer did not already cover. */
  private static void addEntities(
      List<CountryMention> out, int from, int to, List<Entity> entities) {
    boolean added = false;
    for (Entity e : entities) {
      if (e.country().isEmpty()
          || e.span().start() < from
          || e.span().end() > to
          || e.type() == EntityType.WEAPON
          || e.type() == EntityType.MISC) {
        continue;
      }
      if (e.type() == EntityType.PERSON && !ACTOR_ROLES.contains(Role.cameo(e.role()))) {
        continue;
      }
      if (out.stream().anyMatch(c -> c.span().overlaps(e.span()))) {
        continue;
      }
      out.add(new CountryMention(e.span(), e.country(), e.type() == EntityType.NORP, false));
      added = true;
    }
    if (added) {
      out.sort(Comparator.comparing(CountryMention::span));
    }
  }
}
