package org.tidings.events.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidings.model.Diagnostic;

/**
 * A PETRARCH discard list: phrases that mark a sentence (or, with a leading {@code +}, a whole
 * story) as not to be coded, such as sports reports. A phrase ending in {@code _} must end at a
 * word boundary; otherwise it matches as a stem.
 */
public final class PetrarchDiscards {
  /** What a discard phrase throws away. */
  public enum Scope {
    SENTENCE,
    STORY
  }

  /**
   * One discard phrase.
   *
   * @param phrase upper-case words joined by single spaces
   * @param wholeWord whether it must end at a word boundary
   * @param scope sentence or story
   */
  public record Discard(String phrase, boolean wholeWord, Scope scope) {}

  private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

  /** Length of the start of a phrase its index uses. */
  private static final int KEY = 3;

  private final List<Discard> discards;
  private final java.util.Map<String, List<Integer>> byStart = new java.util.HashMap<>();
  private final List<Integer> shortOnes = new ArrayList<>();

  public PetrarchDiscards(List<Discard> discards) {
    this.discards = List.copyOf(discards);
    for (int k = 0; k < this.discards.size(); k++) {
      String p = this.discards.get(k).phrase();
      if (p.length() < KEY) {
        shortOnes.add(k);
      } else {
        byStart.computeIfAbsent(p.substring(0, KEY), x -> new ArrayList<>()).add(k);
      }
    }
  }

  public List<Discard> discards() {
    return discards;
  }

  /** The first discard a text contains, if any (case-insensitive, at a word start). */
  public java.util.Optional<Discard> find(String text) {
    String t = " " + BLANKS.matcher(text.toUpperCase(Locale.ROOT)).replaceAll(" ") + " ";
    int first = Integer.MAX_VALUE; // the first in list order, whatever its place in the text
    for (int i = 0; i < t.length() - 1; i++) {
      if (t.charAt(i) != ' ') {
        continue;
      }
      int from = i + 1;
      if (from + KEY <= t.length()) {
        for (int k : byStart.getOrDefault(t.substring(from, from + KEY), List.of())) {
          first = k < first && matchesAt(t, from, discards.get(k)) ? k : first;
        }
      }
      for (int k : shortOnes) {
        first = k < first && matchesAt(t, from, discards.get(k)) ? k : first;
      }
    }
    return first == Integer.MAX_VALUE
        ? java.util.Optional.empty()
        : java.util.Optional.of(discards.get(first));
  }

  private static boolean matchesAt(String t, int from, Discard d) {
    if (!t.startsWith(d.phrase(), from)) {
      return false;
    }
    int end = from + d.phrase().length();
    return !d.wholeWord() || end >= t.length() || !Character.isLetterOrDigit(t.charAt(end));
  }

  /** Reads a discard list; problems become diagnostics with file and line. */
  public static PetrarchDiscards read(InputStream in, String location, List<Diagnostic> problems)
      throws IOException {
    List<Discard> out = new ArrayList<>();
    for (DictionaryLines.Line l : DictionaryLines.read(in)) {
      String t = l.text().trim();
      if (t.isEmpty()) {
        continue;
      }
      Scope scope = t.startsWith("+") ? Scope.STORY : Scope.SENTENCE;
      if (scope == Scope.STORY) {
        t = t.substring(1).trim();
      }
      boolean whole = t.endsWith("_");
      List<String> words = DictionaryLines.words(t);
      if (words.isEmpty()) {
        problems.add(
            Diagnostic.error(
                "events.petrarch.discards", "empty discard phrase", location + ":" + l.number()));
        continue;
      }
      out.add(new Discard(String.join(" ", words), whole, scope));
    }
    return new PetrarchDiscards(out);
  }
}
