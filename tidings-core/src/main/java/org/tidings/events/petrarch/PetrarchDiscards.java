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

  private final List<Discard> discards;

  public PetrarchDiscards(List<Discard> discards) {
    this.discards = List.copyOf(discards);
  }

  public List<Discard> discards() {
    return discards;
  }

  /** The first discard a text contains, if any (case-insensitive, at a word start). */
  public java.util.Optional<Discard> find(String text) {
    String t = " " + text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
    for (Discard d : discards) {
      int i = t.indexOf(" " + d.phrase());
      while (i >= 0) {
        int end = i + 1 + d.phrase().length();
        if (!d.wholeWord() || !Character.isLetterOrDigit(t.charAt(end))) {
          return java.util.Optional.of(d);
        }
        i = t.indexOf(" " + d.phrase(), i + 1);
      }
    }
    return java.util.Optional.empty();
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
