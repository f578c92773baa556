package org.tidings.events.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tidings.model.Diagnostic;

/**
 * A PETRARCH issues list: {@code phrase [CODE]} lines, grouped in {@code <ISSUE ...>} tags.
 * Expansions apply to the word they precede: {@code n:} singular and plural, {@code v:} the regular
 * verb forms, and a {@code +} inside a word gives versions joined with a blank and with a hyphen. A
 * line {@code ~phrase} is an ignore phrase: a sentence containing it gets no issues.
 */
public final class PetrarchIssues {
  /**
   * One issue phrase after expansion.
   *
   * @param phrase lower-case words joined by single spaces
   * @param code the issue code, or the empty string for an ignore phrase
   */
  public record Issue(String phrase, String code) {}

  private final List<Issue> issues;

  public PetrarchIssues(List<Issue> issues) {
    this.issues = List.copyOf(issues);
  }

  public List<Issue> issues() {
    return issues;
  }

  /** Issue codes found in a text with how often each phrase matched; none if an ignore matches. */
  public Map<String, Integer> find(String text) {
    String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Issue i : issues) {
      if (t.contains(" " + i.phrase() + " ")) {
        if (i.code().isEmpty()) {
          return Map.of();
        }
        out.merge(i.code(), 1, Integer::sum);
      }
    }
    return out;
  }

  /** Reads an issues list; problems become diagnostics with file and line. */
  public static PetrarchIssues read(InputStream in, String location, List<Diagnostic> problems)
      throws IOException {
    List<Issue> out = new ArrayList<>();
    for (DictionaryLines.Line l : DictionaryLines.read(in)) {
      String t = l.text().trim();
      if (t.isEmpty() || t.startsWith("<")) {
        continue;
      }
      String where = location + ":" + l.number();
      String code = "";
      if (t.startsWith("~")) {
        t = t.replaceFirst("^~+", "");
      } else {
        int open = t.lastIndexOf('[');
        int close = t.lastIndexOf(']');
        if (open < 0 || close < open) {
          problems.add(Diagnostic.error("events.petrarch.issues", "issue without [code]", where));
          continue;
        }
        code = t.substring(open + 1, close).trim();
        t = t.substring(0, open).trim();
      }
      List<String> phrases = List.of("");
      for (String w : t.toLowerCase(Locale.ROOT).split("\\s+")) {
        List<String> next = new ArrayList<>();
        for (String form : expand(w)) {
          for (String p : phrases) {
            next.add(p.isEmpty() ? form : p + " " + form);
          }
        }
        phrases = next;
      }
      for (String p : phrases) {
        if (!p.isBlank()) {
          out.add(new Issue(p, code));
        }
      }
    }
    return new PetrarchIssues(out);
  }

  private static List<String> expand(String w) {
    List<List<String>> parts = new ArrayList<>();
    for (String part : w.split("\\+")) {
      parts.add(inflect(part));
    }
    List<String> out = new ArrayList<>();
    for (String joiner : parts.size() > 1 ? List.of(" ", "-") : List.of("")) {
      List<String> acc = List.of("");
      for (List<String> forms : parts) {
        List<String> next = new ArrayList<>();
        for (String a : acc) {
          for (String f : forms) {
            next.add(a.isEmpty() ? f : a + joiner + f);
          }
        }
        acc = next;
      }
      out.addAll(acc);
    }
    return out;
  }

  private static List<String> inflect(String w) {
    if (w.startsWith("n:")) {
      String b = w.substring(2);
      return List.of(
          b, DictionaryLines.plural(b.toUpperCase(Locale.ROOT)).toLowerCase(Locale.ROOT));
    }
    if (w.startsWith("v:")) {
      String b = w.substring(2);
      String stem = b.endsWith("e") ? b.substring(0, b.length() - 1) : b;
      return List.of(b, b + "s", stem + "ed", stem + "ing");
    }
    return List.of(w);
  }
}
