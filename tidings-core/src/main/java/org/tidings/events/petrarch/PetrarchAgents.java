package org.tidings.events.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidings.model.Diagnostic;

/**
 * A PETRARCH agent dictionary: {@code PHRASE {plurals} [~CODE]} adds CODE after an actor's code,
 * {@code [CODE~]} before it. Regular plurals are made unless {@code {}} gives them (or none);
 * {@code !NAME! = A, B} defines a substitution used as {@code !NAME!} in phrases.
 */
public final class PetrarchAgents {
  /**
   * One agent phrase.
   *
   * @param words upper-case words
   * @param code the agent code ("GOV")
   * @param prefix whether the code goes before the actor's code ({@code [NGO~]})
   * @param line where it was defined
   */
  public record Agent(List<String> words, String code, boolean prefix, int line) {}

  private final Map<String, List<Agent>> byFirstWord = new HashMap<>();
  private final int size;

  public PetrarchAgents(List<Agent> agents) {
    for (Agent a : agents) {
      byFirstWord.computeIfAbsent(a.words().get(0), k -> new ArrayList<>()).add(a);
    }
    size = agents.size();
  }

  public int size() {
    return size;
  }

  /** The longest agent phrase starting at word {@code i}, with the words it covers. */
  public Optional<Map.Entry<Agent, Integer>> longestAt(List<String> words, int i) {
    Agent best = null;
    for (Agent a : byFirstWord.getOrDefault(words.get(i), List.of())) {
      int n = a.words().size();
      if ((best == null || n > best.words().size())
          && i + n <= words.size()
          && a.words().equals(words.subList(i, i + n))) {
        best = a;
      }
    }
    return best == null ? Optional.empty() : Optional.of(Map.entry(best, best.words().size()));
  }

  /** Reads an agent dictionary; problems become diagnostics with file and line. */
  public static PetrarchAgents read(InputStream in, String location, List<Diagnostic> problems)
      throws IOException {
    Map<String, List<String>> substitutions = new HashMap<>();
    List<Agent> out = new ArrayList<>();
    for (DictionaryLines.Line l : DictionaryLines.read(in)) {
      String t = l.text().trim();
      if (t.isEmpty()) {
        continue;
      }
      String where = location + ":" + l.number();
      try {
        if (t.startsWith("!") && t.contains("=")) {
          String name = t.substring(0, t.indexOf('=')).trim();
          List<String> values = new ArrayList<>();
          for (String v : t.substring(t.indexOf('=') + 1).split(",")) {
            if (!v.isBlank()) {
              values.add(v.trim().replace(" ", ""));
            }
          }
          substitutions.put(name, values);
          continue;
        }
        int open = t.lastIndexOf('[');
        int close = t.lastIndexOf(']');
        if (open < 0 || close < open) {
          throw new IllegalArgumentException("agent without [code]");
        }
        String code = t.substring(open + 1, close).replace(" ", "");
        boolean prefix = code.endsWith("~");
        if (!code.startsWith("~") && !prefix) {
          throw new IllegalArgumentException("agent code needs '~' before or after: " + code);
        }
        code = code.replace("~", "");
        String phrase = t.substring(0, open).trim();
        List<String> plurals = null;
        int brace = phrase.indexOf('{');
        if (brace >= 0) {
          int end = phrase.indexOf('}', brace);
          if (end < 0) {
            throw new IllegalArgumentException("plurals without '}'");
          }
          plurals = new ArrayList<>();
          for (String p : phrase.substring(brace + 1, end).trim().split("\\s+")) {
            if (!p.isEmpty()) {
              plurals.add(p);
            }
          }
          phrase = phrase.substring(0, brace).trim();
        }
        for (String expanded : substitute(phrase, substitutions, where)) {
          List<String> words = DictionaryLines.words(expanded);
          if (words.isEmpty()) {
            throw new IllegalArgumentException("empty agent phrase");
          }
          out.add(new Agent(words, code, prefix, l.number()));
          if (plurals == null) {
            if (!phrase.contains("!")) {
              List<String> p = new ArrayList<>(words);
              p.set(p.size() - 1, DictionaryLines.plural(p.get(p.size() - 1)));
              out.add(new Agent(p, code, prefix, l.number()));
            }
          } else {
            for (String p : plurals) {
              out.add(new Agent(DictionaryLines.words(p), code, prefix, l.number()));
            }
          }
        }
      } catch (IllegalArgumentException e) {
        problems.add(Diagnostic.error("events.petrarch.agents", e.getMessage(), where));
      }
    }
    return new PetrarchAgents(out);
  }

  private static List<String> substitute(
      String phrase, Map<String, List<String>> substitutions, String where) {
    int a = phrase.indexOf('!');
    if (a < 0) {
      return List.of(phrase);
    }
    int b = phrase.indexOf('!', a + 1);
    if (b < 0) {
      throw new IllegalArgumentException("unclosed substitution marker in " + phrase);
    }
    String name = phrase.substring(a, b + 1);
    List<String> values = substitutions.get(name);
    if (values == null) {
      throw new IllegalArgumentException("undefined substitution " + name);
    }
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.addAll(
          substitute(phrase.substring(0, a) + v + phrase.substring(b + 1), substitutions, where));
    }
    return out;
  }
}
