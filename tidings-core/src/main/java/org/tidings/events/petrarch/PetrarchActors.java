package org.tidings.events.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tidings.model.Diagnostic;

/**
 * A PETRARCH actor dictionary: a primary phrase with an optional default code, synonyms on lines
 * starting with {@code +}, and date-restricted codes on indented lines: {@code [CODE <date]},
 * {@code [CODE >date]}, {@code [CODE date-date]}, {@code [CODE]}. Dates are YYYYMMDD or YYMMDD;
 * limits count as inside.
 */
public final class PetrarchActors {
  /**
   * A code valid in a date range.
   *
   * @param code actor code
   * @param from first day it applies, or null for no lower limit
   * @param to last day it applies, or null for no upper limit
   */
  public record Restriction(String code, LocalDate from, LocalDate to) {
    public Restriction {
      Objects.requireNonNull(code);
    }

    /** Whether the restriction holds on a day; never on an unknown day (null). */
    boolean covers(LocalDate d) {
      return d != null && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
  }

  /**
   * One actor: all its phrases share its codes.
   *
   * @param phrases the primary phrase and synonyms, each as upper-case words
   * @param code the default code, or the empty string
   * @param restrictions dated codes, tried in file order
   * @param line where it was defined
   */
  public record Actor(
      List<List<String>> phrases, String code, List<Restriction> restrictions, int line) {

    /** The code on a date: the first restriction covering it, else the default; empty for none. */
    public String codeOn(LocalDate date) {
      for (Restriction r : restrictions) {
        if (r.covers(date)) {
          return r.code().equals("---") ? "" : r.code();
        }
      }
      return code.equals("---") ? "" : code;
    }
  }

  /**
   * A phrase written with blanks between some words ("ITHILEN TELEVISION"): other words may come
   * between those ("Ithilen state-run television"), as in TABARI; "_" joins words that must be
   * adjacent.
   *
   * @param actor the actor it names
   * @param words its words
   * @param loose for each word after the first, whether words may come before it
   */
  private record LoosePhrase(Actor actor, List<String> words, boolean[] loose) {}

  /** One phrase of an actor, indexed by its first word. */
  private record Phrase(Actor actor, List<String> words) {}

  private final List<Actor> actors;
  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  private final Map<String, List<LoosePhrase>> looseByFirstWord = new HashMap<>();

  public PetrarchActors(List<Actor> actors) {
    this(actors, List.of());
  }

  private PetrarchActors(List<Actor> actors, List<LoosePhrase> loose) {
    this.actors = List.copyOf(actors);
    for (Actor a : actors) {
      for (List<String> p : a.phrases()) {
        byFirstWord.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(new Phrase(a, p));
      }
    }
    for (LoosePhrase l : loose) {
      looseByFirstWord.computeIfAbsent(l.words().get(0), k -> new ArrayList<>()).add(l);
    }
  }

  /** One dictionary of the actors of several, in order, as PETRARCH reads its actor files. */
  public static PetrarchActors merge(List<PetrarchActors> dictionaries) {
    List<Actor> actors = new ArrayList<>();
    List<LoosePhrase> loose = new ArrayList<>();
    for (PetrarchActors d : dictionaries) {
      actors.addAll(d.actors);
      d.looseByFirstWord.values().forEach(loose::addAll);
    }
    return new PetrarchActors(actors, loose);
  }

  /**
   * The actor phrase with blanks between its words ("ITHILEN TELEVISION") that starts at word
   * {@code i} and needs words between them to match ("Ithilen state-run television"): at most
   * {@code maxBetween} words between two of its words, and no conjunction or punctuation.
   *
   * @return the actor and the number of words its match spans
   */
  public Optional<Map.Entry<Actor, Integer>> looseAt(List<String> words, int i, int maxBetween) {
    Actor best = null;
    int bestWords = 0;
    int bestSpan = 0;
    for (LoosePhrase l : looseByFirstWord.getOrDefault(words.get(i), List.of())) {
      int at = i + 1;
      boolean ok = true;
      for (int k = 1; k < l.words().size() && ok; k++) {
        int limit = l.loose()[k] ? maxBetween : 0;
        int found = -1;
        for (int p = at; p <= Math.min(words.size() - 1, at + limit) && found < 0; p++) {
          if (words.get(p).equals(l.words().get(k))) {
            found = p;
          } else if (!words.get(p).chars().anyMatch(Character::isLetterOrDigit)
              || words.get(p).equals("AND")
              || words.get(p).equals("OR")) {
            break;
          }
        }
        ok = found >= 0;
        at = found + 1;
      }
      int span = at - i;
      if (ok && span > l.words().size() && l.words().size() > bestWords) {
        best = l.actor();
        bestWords = l.words().size();
        bestSpan = span;
      }
    }
    return best == null ? Optional.empty() : Optional.of(Map.entry(best, bestSpan));
  }

  public List<Actor> actors() {
    return actors;
  }

  /**
   * The longest actor phrase starting at word {@code i} of {@code words} (upper case).
   *
   * @return the actor and the number of words it covers
   */
  public Optional<Map.Entry<Actor, Integer>> longestAt(List<String> words, int i) {
    Actor best = null;
    int bestLen = 0;
    for (Phrase p : byFirstWord.getOrDefault(words.get(i), List.of())) {
      int n = p.words().size();
      if (n > bestLen && i + n <= words.size() && startsAt(p.words(), words, i)) {
        best = p.actor();
        bestLen = n;
      }
    }
    return best == null ? Optional.empty() : Optional.of(Map.entry(best, bestLen));
  }

  private static boolean startsAt(List<String> phrase, List<String> words, int i) {
    for (int k = 1; k < phrase.size(); k++) {
      if (!phrase.get(k).equals(words.get(i + k))) {
        return false;
      }
    }
    return true;
  }

  /** Reads an actor dictionary; problems become diagnostics with file and line. */
  public static PetrarchActors read(InputStream in, String location, List<Diagnostic> problems)
      throws IOException {
    List<Actor> out = new ArrayList<>();
    List<LoosePhrase> loose = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<List<String>> phrases = null;
    String code = "";
    List<Restriction> restrictions = new ArrayList<>();
    int start = 0;
    for (DictionaryLines.Line l : DictionaryLines.read(in)) {
      String raw = l.text();
      String t = raw.trim();
      if (t.isEmpty()) {
        continue;
      }
      String where = location + ":" + l.number();
      try {
        if (t.startsWith("+")) {
          if (phrases == null) {
            throw new IllegalArgumentException("synonym before any actor");
          }
          phrases.add(phrase(t.substring(1)));
          texts.add(t.substring(1));
        } else if (t.startsWith("[")
            && (Character.isWhitespace(raw.charAt(0)) || phrases != null)) {
          if (phrases == null) {
            throw new IllegalArgumentException("date restriction before any actor");
          }
          Restriction r = restriction(t);
          if (r.from() == null && r.to() == null) {
            code = r.code();
          } else {
            restrictions.add(r);
          }
        } else {
          if (phrases != null) {
            out.add(new Actor(phrases, code, restrictions, start));
            addLoose(out.get(out.size() - 1), texts, loose);
          }
          phrases = new ArrayList<>();
          texts = new ArrayList<>();
          restrictions = new ArrayList<>();
          code = "";
          start = l.number();
          int open = t.indexOf('[');
          if (open >= 0) {
            int close = t.indexOf(']', open);
            if (close < 0) {
              throw new IllegalArgumentException("code without ']'");
            }
            Restriction r = restriction(t.substring(open, close + 1));
            if (r.from() == null && r.to() == null) {
              code = r.code();
            } else {
              restrictions.add(r);
            }
            t = t.substring(0, open);
          }
          phrases.add(phrase(t));
          texts.add(t);
        }
      } catch (IllegalArgumentException e) {
        problems.add(Diagnostic.error("events.petrarch.actors", e.getMessage(), where));
      }
    }
    if (phrases != null) {
      out.add(new Actor(phrases, code, restrictions, start));
      addLoose(out.get(out.size() - 1), texts, loose);
    }
    return new PetrarchActors(out, loose);
  }

  /** Notes the phrases of an actor that have blanks between words. */
  private static void addLoose(Actor a, List<String> texts, List<LoosePhrase> into) {
    for (String text : texts) {
      List<String> words = new ArrayList<>();
      List<Boolean> flags = new ArrayList<>();
      boolean any = false;
      String[] tokens = text.trim().split("\\s+");
      for (int k = 0; k < tokens.length; k++) {
        boolean first = true;
        for (String part : tokens[k].split("_")) {
          if (!part.isEmpty()) {
            boolean loose = first && k > 0 && !words.isEmpty();
            any |= loose;
            words.add(part.toUpperCase(java.util.Locale.ROOT));
            flags.add(loose);
            first = false;
          }
        }
      }
      if (any) {
        boolean[] f = new boolean[flags.size()];
        for (int k = 0; k < f.length; k++) {
          f[k] = flags.get(k);
        }
        into.add(new LoosePhrase(a, List.copyOf(words), f));
      }
    }
  }

  private static List<String> phrase(String s) {
    List<String> w = DictionaryLines.words(s);
    if (w.isEmpty()) {
      throw new IllegalArgumentException("empty actor phrase");
    }
    return w;
  }

  /** Parses "[CODE]", "[CODE <950601]", "[CODE >990816]", "[CODE 19950601 - 19990815]". */
  static Restriction restriction(String s) {
    String t = s.trim();
    if (!t.startsWith("[") || !t.endsWith("]")) {
      throw new IllegalArgumentException("restriction not in [...]: " + t);
    }
    t = t.substring(1, t.length() - 1).trim();
    String[] f = t.split("\\s+", 2);
    String code = f[0];
    if (code.isEmpty()) {
      throw new IllegalArgumentException("restriction without a code");
    }
    if (f.length == 1) {
      return new Restriction(code, null, null);
    }
    String range = f[1].replace(" ", "");
    if (range.startsWith("<")) {
      return new Restriction(code, null, date(range.substring(1)));
    }
    if (range.startsWith(">")) {
      return new Restriction(code, date(range.substring(1)), null);
    }
    int dash = range.indexOf('-');
    if (dash < 0) {
      throw new IllegalArgumentException("bad date restriction '" + f[1] + "'");
    }
    return new Restriction(code, date(range.substring(0, dash)), date(range.substring(dash + 1)));
  }

  /** A YYYYMMDD or YYMMDD date; two-digit years below 30 are in the 2000s. */
  static LocalDate date(String s) {
    if (!s.chars().allMatch(Character::isDigit) || (s.length() != 8 && s.length() != 6)) {
      throw new IllegalArgumentException("bad date '" + s + "'");
    }
    int year;
    int rest;
    if (s.length() == 8) {
      year = Integer.parseInt(s.substring(0, 4));
      rest = Integer.parseInt(s.substring(4));
    } else {
      int yy = Integer.parseInt(s.substring(0, 2));
      year = yy < 30 ? 2000 + yy : 1900 + yy;
      rest = Integer.parseInt(s.substring(2));
    }
    try {
      return LocalDate.of(year, rest / 100, rest % 100);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("bad date '" + s + "'");
    }
  }
}
