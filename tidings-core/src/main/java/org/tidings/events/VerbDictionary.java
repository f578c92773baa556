package org.tidings.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tidings.model.Diagnostic;

/**
 * Verb and event-noun patterns that trigger CAMEO codes, read from the format of {@code verbs.tsv}
 * (described at the top of that file).
 */
public final class VerbDictionary {
  /** Whether a pattern starts with a verb or is an event noun. */
  public enum Kind {
    VERB,
    NOUN
  }

  /**
   * One pattern.
   *
   * @param kind verb or noun
   * @param words the pattern's words, a verb's first as a lemma; "{class}" for a word class
   * @param code CAMEO code it gives
   * @param targets "obj" and prepositions that introduce the target; "-" when it may have none;
   *     empty when it never has one
   */
  public record Entry(Kind kind, List<String> words, String code, Set<String> targets) {
    public Entry {
      words = List.copyOf(words);
      targets = Set.copyOf(targets);
    }

    /** Whether the event needs a target to be coded. */
    public boolean needsTarget() {
      return !targets.isEmpty() && !targets.contains("-");
    }
  }

  /** A pattern found in a sentence: its entry and the token indices of its first and last word. */
  public record Match(Entry entry, int first, int last) {}

  private final Map<String, List<Entry>> byFirst = new HashMap<>();
  private final Map<String, Set<String>> classes;
  private final Lexicon lexicon;

  public VerbDictionary(List<Entry> entries, Map<String, Set<String>> classes, Lexicon lexicon) {
    for (Entry e : entries) {
      byFirst.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
    }
    this.classes = Map.copyOf(classes);
    this.lexicon = lexicon;
  }

  /** The dictionary shipped with Tidings. */
  public static VerbDictionary standard(Lexicon lexicon) {
    try (InputStream in = VerbDictionary.class.getResourceAsStream("verbs.tsv")) {
      if (in == null) {
        throw new IllegalStateException("verbs.tsv missing from the classpath");
      }
      List<Diagnostic> problems = new ArrayList<>();
      VerbDictionary d = read(in, "verbs.tsv", lexicon, problems);
      if (!problems.isEmpty()) {
        throw new IllegalStateException("bundled verbs.tsv is broken: " + problems);
      }
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a dictionary; bad lines become diagnostics with file and line and are skipped. */
  public static VerbDictionary read(
      InputStream in, String location, Lexicon lexicon, List<Diagnostic> problems)
      throws IOException {
    List<Entry> entries = new ArrayList<>();
    Map<String, Set<String>> classes = new HashMap<>();
    int n = 0;
    for (String[] f : Lexicon.rows(in, location, 0, problems)) {
      n++;
      if (f[0].startsWith("@") && f.length == 2) {
        classes.put(f[0].substring(1), new HashSet<>(List.of(f[1].split("\\|"))));
        continue;
      }
      if (f.length != 4 || !(f[0].equals("V") || f[0].equals("N"))) {
        problems.add(
            Diagnostic.error(
                "events.dictionary",
                "want kind, pattern, code, targets",
                location + " entry " + n));
        continue;
      }
      Set<String> targets = f[3].equals("-") ? Set.of() : new HashSet<>(List.of(f[3].split("\\|")));
      entries.add(
          new Entry(
              f[0].equals("V") ? Kind.VERB : Kind.NOUN, List.of(f[1].split(" ")), f[2], targets));
    }
    return new VerbDictionary(entries, classes, lexicon);
  }

  /**
   * The longest pattern starting at token {@code i} of {@code words} (lower case), if any. Verbs
   * are not matched right after a determiner ("the visit" is a noun).
   */
  public Optional<Match> match(List<String> words, int i) {
    Match best = null;
    boolean afterDeterminer = i > 0 && lexicon.is("determiner", words.get(i - 1));
    Set<String> lemmas = lexicon.lemmas(words.get(i));
    for (String first : lemmas) {
      for (Entry e : byFirst.getOrDefault(first, List.of())) {
        Match m;
        if (e.kind() == Kind.VERB) {
          if (afterDeterminer) {
            continue;
          }
          m = matchVerb(e, words, i);
        } else {
          if (!first.equals(words.get(i)) && !(first + "s").equals(words.get(i))) {
            continue;
          }
          m = matchNoun(e, words, i);
        }
        if (m != null
            && (best == null
                || m.entry().words().size() > best.entry().words().size()
                || (m.entry().words().size() == best.entry().words().size()
                    && m.entry().kind() == Kind.NOUN
                    && afterDeterminer))) {
          best = m;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private Match matchVerb(Entry e, List<String> words, int i) {
    int at = i;
    for (int k = 1; k < e.words().size(); k++) {
      int found = -1;
      int gap = e.words().get(k).startsWith("{") ? 8 : 4;
      for (int j = at + 1; j <= Math.min(words.size() - 1, at + gap); j++) {
        if (lexicon.is("boundary", words.get(j))) {
          break;
        }
        if (fits(e.words().get(k), words.get(j))) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        return null;
      }
      at = found;
    }
    return new Match(e, i, at);
  }

  private Match matchNoun(Entry e, List<String> words, int i) {
    int last = i + e.words().size() - 1;
    if (last >= words.size()) {
      return null;
    }
    for (int k = 1; k < e.words().size(); k++) {
      if (!fits(e.words().get(k), words.get(i + k))) {
        return null;
      }
    }
    if (last + 1 < words.size() && !endsNounPhrase(words.get(last + 1))) {
      return null; // a modifier, not a head: "offensive weapons"
    }
    return new Match(e, i, last);
  }

  private boolean endsNounPhrase(String next) {
    if (next.isEmpty() || !Character.isLetter(next.charAt(0))) {
      return true;
    }
    return lexicon.is("preposition", next)
        || lexicon.is("auxiliary", next)
        || lexicon.is("boundary", next)
        || lexicon.is("clause-start", next)
        || lexicon.is("adverb", next)
        || next.equals("or");
  }

  private boolean fits(String pattern, String word) {
    if (pattern.startsWith("{") && pattern.endsWith("}")) {
      Set<String> c = classes.get(pattern.substring(1, pattern.length() - 1));
      return c != null && c.contains(word);
    }
    return pattern.equals(word) || (pattern + "s").equals(word) || pattern.equals(word + "s");
  }
}
