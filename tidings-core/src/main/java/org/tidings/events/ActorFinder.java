package org.tidings.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tidings.geo.Gazetteer;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.Role;
import org.tidings.model.Token;

/**
 * Finds the actors named in a sentence: fixed names ("the Kremlin"), countries and capitals from
 * the gazetteer, a nationality or country followed by a role noun ("Azerbaijani President Ilham
 * Aliyev"), people named earlier ("Aliyev"), pronouns, and entities found by an earlier stage.
 */
final class ActorFinder {
  private final Gazetteer gazetteer;
  private final Lexicon lexicon;

  ActorFinder(Gazetteer gazetteer, Lexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  /** The mentions in a sentence, in order, pronouns not yet resolved. */
  List<ActorMention> find(
      List<Token> tokens, List<String> low, List<Entity> entities, Discourse d) {
    List<ActorMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      ActorMention m = at(tokens, low, i, entities, d);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = Math.max(m.end(), i + 1);
      }
    }
    addEntities(tokens, entities, out, d);
    out.sort(Comparator.comparingInt(ActorMention::first));
    return out;
  }

  private ActorMention at(
      List<Token> tokens, List<String> low, int i, List<Entity> entities, Discourse d) {
    String w = low.get(i);
    if (lexicon.is("pronoun-person", w) && !w.equals("her")) {
      return new ActorMention(i, i + 1, "", true, false, true);
    }
    if (lexicon.is("pronoun-group", w)) {
      return d.lastGroup.isEmpty()
          ? null
          : new ActorMention(i, i + 1, d.lastGroup, false, false, true);
    }
    boolean mayStart = lexicon.mayStartActor(w);
    for (int n = Math.min(lexicon.longestActor(), low.size() - i); mayStart && n >= 1; n--) {
      String code = lexicon.actor(phrase(low, i, n));
      if (code != null) {
        return new ActorMention(i, i + n, code, false, false, false);
      }
    }
    boolean capital = Character.isUpperCase(tokens.get(i).text().charAt(0));
    for (int n = Math.min(gazetteer.longestName(), low.size() - i); capital && n >= 1; n--) {
      Optional<Gazetteer.Match> g = gazetteer.find(phrase(low, i, n));
      if (g.isPresent()) {
        return country(tokens, low, i, i + n, g.get(), d);
      }
    }
    Lexicon.Role role = roleAt(low, i);
    if (role != null && role.person() && Character.isUpperCase(tokens.get(i).text().charAt(0))) {
      int roleEnd = i + roleLength(low, i);
      int nameEnd = nameEnd(tokens, low, roleEnd);
      if (nameEnd > roleEnd) {
        String code = d.names.getOrDefault(name(low, roleEnd, nameEnd), "");
        if (code.isEmpty()) {
          code = entityCode(tokens, roleEnd, entities);
        }
        if (!code.isEmpty()) {
          register(low, roleEnd, nameEnd, code, d);
          return new ActorMention(i, nameEnd, code, true, false, false);
        }
      }
    }
    if (Character.isUpperCase(tokens.get(i).text().charAt(0))) {
      int nameEnd = nameEnd(tokens, low, i);
      for (int e = nameEnd; e > i; e--) {
        String code = d.names.get(name(low, i, e));
        if (code != null) {
          return new ActorMention(i, e, code, true, false, false);
        }
      }
    }
    return null;
  }

  /** A country, capital or nationality, perhaps followed by a role noun and a person's name. */
  private ActorMention country(
      List<Token> tokens, List<String> low, int i, int end, Gazetteer.Match g, Discourse d) {
    String iso = g.country().iso3();
    if (g.kind() == Gazetteer.Kind.PLACE) {
      return null; // a place is where things happen, not who does them
    }
    if (g.kind() == Gazetteer.Kind.CAPITAL) {
      return new ActorMention(i, end, iso + "GOV", false, false, false);
    }
    Lexicon.Role role = end < low.size() ? roleAt(low, end) : null;
    if (role != null) {
      int roleEnd = end + roleLength(low, end);
      String code = iso + role.code();
      if (!role.person()) {
        d.lastGroup = code;
        return new ActorMention(i, roleEnd, code, false, false, false);
      }
      int nameEnd = nameEnd(tokens, low, roleEnd);
      register(low, roleEnd, nameEnd, code, d);
      return new ActorMention(i, nameEnd, code, true, false, false);
    }
    boolean modifier =
        g.kind() == Gazetteer.Kind.DEMONYM
            && end < low.size()
            && Character.isLetter(low.get(end).charAt(0))
            && !lexicon.is("preposition", low.get(end))
            && !lexicon.is("auxiliary", low.get(end))
            && !lexicon.is("clause-start", low.get(end));
    return new ActorMention(i, end, iso, false, modifier, false);
  }

  private Lexicon.Role roleAt(List<String> low, int i) {
    int n = roleLength(low, i);
    return n == 0 ? null : lexicon.role(phrase(low, i, n));
  }

  private int roleLength(List<String> low, int i) {
    if (!lexicon.mayStartActor(low.get(i))) {
      return 0;
    }
    for (int n = Math.min(lexicon.longestActor(), low.size() - i); n >= 1; n--) {
      if (lexicon.role(phrase(low, i, n)) != null) {
        return n;
      }
    }
    return 0;
  }

  /** The end of a run of capitalised name words starting at {@code i} (at most four). */
  private int nameEnd(List<Token> tokens, List<String> low, int i) {
    int j = i;
    while (j < tokens.size() && j < i + 4) {
      String t = tokens.get(j).text();
      if (!Character.isUpperCase(t.charAt(0))
          || !t.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '’' || c == '\'')
          || lexicon.is("determiner", low.get(j))
          || lexicon.is("preposition", low.get(j))
          || gazetteer.find(Lexicon.bare(t)).isPresent()) {
        break;
      }
      j++;
      if (Lexicon.isPossessive(t)) {
        break;
      }
    }
    return j;
  }

  private void register(List<String> low, int from, int to, String code, Discourse d) {
    if (to <= from) {
      return;
    }
    d.names.put(name(low, from, to), code);
    d.names.put(Lexicon.bare(low.get(to - 1)), code);
  }

  private static String name(List<String> low, int from, int to) {
    List<String> parts = new ArrayList<>();
    for (int k = from; k < to; k++) {
      parts.add(Lexicon.bare(low.get(k)));
    }
    return String.join(" ", parts);
  }

  private static String phrase(List<String> low, int i, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = i; k < i + n; k++) {
      if (k > i) {
        b.append(' ');
      }
      b.append(k == i + n - 1 ? Lexicon.bare(low.get(k)) : low.get(k));
    }
    return b.toString();
  }

  private static String entityCode(List<Token> tokens, int i, List<Entity> entities) {
    for (Entity e : entities) {
      if (e.span().contains(tokens.get(i).span()) && !e.country().isEmpty()) {
        return e.country() + Role.cameo(e.role());
      }
    }
    return "";
  }

  /** Entities from an earlier stage not already covered, and names of people to remember. */
  private void addEntities(
      List<Token> tokens, List<Entity> entities, List<ActorMention> out, Discourse d) {
    for (Entity e : entities) {
      int first = -1;
      int end = -1;
      for (int k = 0; k < tokens.size(); k++) {
        if (e.span().contains(tokens.get(k).span())) {
          first = first < 0 ? k : first;
          end = k + 1;
        }
      }
      if (first < 0 || e.type() == EntityType.WEAPON || e.type() == EntityType.MISC) {
        continue;
      }
      ActorMention covering = null;
      for (ActorMention m : out) {
        if (m.first() < end && first < m.end()) {
          covering = m;
        }
      }
      String canonical = e.canonical().toLowerCase(Locale.ROOT);
      if (covering != null) {
        if (e.type() == EntityType.PERSON && !covering.code().isEmpty() && !covering.pronoun()) {
          d.names.putIfAbsent(canonical, covering.code());
        }
        continue;
      }
      String code = e.country().isEmpty() ? "" : e.country() + Role.cameo(e.role());
      if (code.isEmpty() && e.type() == EntityType.PERSON) {
        code = d.names.getOrDefault(canonical, "");
      }
      if (!code.isEmpty()) {
        boolean person = e.type() == EntityType.PERSON;
        if (person) {
          d.names.putIfAbsent(canonical, code);
        }
        out.add(new ActorMention(first, end, code, person, e.type() == EntityType.NORP, false));
      }
    }
  }
}
