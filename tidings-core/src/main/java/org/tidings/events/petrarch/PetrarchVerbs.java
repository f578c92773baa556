package org.tidings.events.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tidings.model.Diagnostic;

/**
 * A PETRARCH verb dictionary: synsets ({@code &NAME} then {@code +phrase} lines), and verb blocks
 * ({@code --- NAME [code] ---}, verb lines {@code VERB {irregular forms} [code]}, pattern lines
 * {@code - upper * lower [code]}). In a pattern {@code *} stands for the verb, {@code $} for the
 * source, {@code +} for the target, {@code %} for a compound actor, {@code ^} skips a noun phrase,
 * {@code &NAME} for any phrase of a synset, and {@code _} joins words that must be adjacent.
 */
public final class PetrarchVerbs {
  /**
   * One element of a pattern.
   *
   * @param text a word, "*", "$", "+", "%", "^", or "&NAME"
   * @param adjacent whether the next element must follow immediately ("_" in the dictionary)
   */
  public record Element(String text, boolean adjacent) {}

  /**
   * One pattern of a verb block.
   *
   * @param upper elements before the verb, in text order
   * @param lower elements after the verb, in text order
   * @param code the code it gives
   * @param line where it was defined
   */
  public record Pattern(List<Element> upper, List<Element> lower, PetrarchCode code, int line) {
    public Pattern {
      upper = List.copyOf(upper);
      lower = List.copyOf(lower);
      Objects.requireNonNull(code);
    }

    /** How many words (not markers) it needs to match: more specific patterns are tried first. */
    public int specificity() {
      int n = 0;
      for (Element e : upper) {
        n += Character.isLetterOrDigit(e.text().charAt(0)) || e.text().startsWith("&") ? 1 : 0;
      }
      for (Element e : lower) {
        n += Character.isLetterOrDigit(e.text().charAt(0)) || e.text().startsWith("&") ? 1 : 0;
      }
      return n;
    }
  }

  /**
   * A verb block: its verbs share its patterns.
   *
   * @param name the block's name
   * @param code the code of a verb with no pattern matched
   * @param patterns its patterns, in file order
   */
  public record Block(String name, PetrarchCode code, List<Pattern> patterns) {}

  /**
   * A verb of a block.
   *
   * @param words the verb's words ("BREAK DOWN"), upper case
   * @param code its own code, or the block's
   * @param block the block it belongs to
   */
  public record Verb(List<String> words, PetrarchCode code, Block block) {}

  private final Map<String, List<List<String>>> synsets;
  private final Map<String, List<Verb>> forms;

  /** Each synset's phrases by first word and by last word, in file order. */
  private final Map<String, Map<String, List<List<String>>>> byFirst = new HashMap<>();

  private final Map<String, Map<String, List<List<String>>>> byLast = new HashMap<>();

  private PetrarchVerbs(Map<String, List<List<String>>> synsets, Map<String, List<Verb>> forms) {
    this.synsets = synsets;
    this.forms = forms;
    for (Map.Entry<String, List<List<String>>> e : synsets.entrySet()) {
      Map<String, List<List<String>>> first = new HashMap<>();
      Map<String, List<List<String>>> last = new HashMap<>();
      for (List<String> p : e.getValue()) {
        first.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p);
        last.computeIfAbsent(p.get(p.size() - 1), k -> new ArrayList<>()).add(p);
      }
      byFirst.put(e.getKey(), first);
      byLast.put(e.getKey(), last);
    }
  }

  /**
   * The length of the first phrase of a synset that starts at word {@code i} of {@code words}, or
   * -1 when none does.
   */
  public int synsetAt(String name, List<String> words, int i) {
    Map<String, List<List<String>>> index = byFirst.get(name);
    if (index == null || i >= words.size()) {
      return -1;
    }
    for (List<String> p : index.getOrDefault(words.get(i), List.of())) {
      if (i + p.size() <= words.size() && p.equals(words.subList(i, i + p.size()))) {
        return p.size();
      }
    }
    return -1;
  }

  /**
   * The length of the first phrase of a synset that ends just before word {@code end} of {@code
   * words}, or -1 when none does.
   */
  public int synsetEndingAt(String name, List<String> words, int end) {
    Map<String, List<List<String>>> index = byLast.get(name);
    if (index == null || end < 1 || end > words.size()) {
      return -1;
    }
    for (List<String> p : index.getOrDefault(words.get(end - 1), List.of())) {
      int from = end - p.size();
      if (from >= 0 && p.equals(words.subList(from, end))) {
        return p.size();
      }
    }
    return -1;
  }

  /** The phrases of a synset ("&CURRENCY"), each as words; empty when undefined. */
  public List<List<String>> synset(String name) {
    return synsets.getOrDefault(name, List.of());
  }

  /** The verb a word form belongs to ("SOLD" gives SELL), the first defined; null if none. */
  public Verb verb(String form) {
    List<Verb> v = forms.get(form.toUpperCase(Locale.ROOT));
    return v == null ? null : v.get(0);
  }

  /** Every verb a word form belongs to, in file order: a form may head several blocks. */
  public List<Verb> verbs(String form) {
    return forms.getOrDefault(form.toUpperCase(Locale.ROOT), List.of());
  }

  /** Number of verb forms known. */
  public int size() {
    return forms.size();
  }

  /** Reads a verb dictionary; problems become diagnostics with file and line. */
  public static PetrarchVerbs read(InputStream in, String location, List<Diagnostic> problems)
      throws IOException {
    Map<String, List<List<String>>> synsets = new LinkedHashMap<>();
    Map<String, List<Verb>> forms = new HashMap<>();
    List<DictionaryLines.Line> lines = DictionaryLines.read(in);
    String synset = null;
    boolean synsetPlurals = true;
    Block block = null;
    List<Pattern> patterns = null;
    List<Verb> verbs = new ArrayList<>();
    List<Runnable> later = new ArrayList<>();
    for (DictionaryLines.Line l : lines) {
      String t = l.text().trim();
      String where = location + ":" + l.number();
      if (t.isEmpty()) {
        synset = null;
        continue;
      }
      try {
        if (t.startsWith("&")) {
          String name = t.split("\\s+")[0];
          synsetPlurals = !name.endsWith("_");
          synset = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
          synsets.put(synset, new ArrayList<>());
        } else if (synset != null && t.startsWith("+")) {
          String phrase = t.substring(1).trim();
          boolean plurals = synsetPlurals && !phrase.endsWith("_");
          List<String> words = DictionaryLines.words(phrase);
          if (words.isEmpty()) {
            throw new IllegalArgumentException("empty synset phrase");
          }
          synsets.get(synset).add(words);
          if (plurals && !words.get(words.size() - 1).startsWith("&")) {
            List<String> p = new ArrayList<>(words);
            p.set(p.size() - 1, DictionaryLines.plural(p.get(p.size() - 1)));
            synsets.get(synset).add(p);
          }
        } else if (t.startsWith("---")) {
          String inner = t.replaceAll("^-+", "").replaceAll("-+$", "").trim();
          String name = inner.replaceAll("\\[.*", "").trim();
          patterns = new ArrayList<>();
          verbs = new ArrayList<>();
          block = new Block(name, PetrarchCode.NONE, patterns);
          block = new Block(name, codeIn(inner, PetrarchCode.NONE), patterns);
        } else if (t.startsWith("-")) {
          if (block == null) {
            throw new IllegalArgumentException("pattern outside a verb block");
          }
          Pattern p = pattern(t.substring(1), l.number());
          patterns.add(p);
          final Pattern checked = p;
          later.add(() -> checkSynsets(checked, synsets, where, problems));
        } else {
          if (block == null) {
            throw new IllegalArgumentException("verb outside a verb block: '" + t + "'");
          }
          Verb v = verb(t, block, forms, where, problems);
          verbs.add(v);
        }
      } catch (IllegalArgumentException e) {
        problems.add(Diagnostic.error("events.petrarch.verbs", e.getMessage(), where));
      }
    }
    later.forEach(Runnable::run);
    return new PetrarchVerbs(synsets, forms);
  }

  private static void checkSynsets(
      Pattern p, Map<String, List<List<String>>> synsets, String where, List<Diagnostic> out) {
    for (List<Element> side : List.of(p.upper(), p.lower())) {
      for (Element e : side) {
        if (e.text().startsWith("&") && !synsets.containsKey(e.text())) {
          out.add(
              Diagnostic.warning(
                  "events.petrarch.verbs", "undefined synset " + e.text() + " in pattern", where));
        }
      }
    }
  }

  private static PetrarchCode codeIn(String s, PetrarchCode fallback) {
    int open = s.indexOf('[');
    if (open < 0) {
      return fallback;
    }
    int close = s.indexOf(']', open);
    if (close < 0) {
      throw new IllegalArgumentException("code without ']': " + s);
    }
    return PetrarchCode.parse(s.substring(open + 1, close));
  }

  private static Verb verb(
      String t,
      Block block,
      Map<String, List<Verb>> forms,
      String where,
      List<Diagnostic> problems) {
    PetrarchCode code = codeIn(t, block.code());
    String rest = t.replaceAll("\\[[^\\]]*\\]", "").trim();
    List<String> irregular = new ArrayList<>();
    int open = rest.indexOf('{');
    if (open >= 0) {
      int close = rest.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("irregular forms without '}'");
      }
      for (String f : rest.substring(open + 1, close).trim().split("\\s+")) {
        if (!f.isEmpty()) {
          irregular.add(f);
        }
      }
      rest = rest.substring(0, open).trim();
    }
    String base = rest.startsWith("+") ? rest.substring(1) : rest;
    List<String> words = DictionaryLines.words(base.replace("+", ""));
    if (words.isEmpty()) {
      throw new IllegalArgumentException("verb line without a verb");
    }
    Verb v = new Verb(words, code, block);
    List<String> all = new ArrayList<>();
    all.add(base);
    if (irregular.isEmpty()) {
      all.addAll(regularForms(base));
    } else {
      all.addAll(irregular);
    }
    for (String f : all) {
      String key = String.join(" ", DictionaryLines.words(f.replace("+", "")));
      List<Verb> before = forms.computeIfAbsent(key, k -> new ArrayList<>());
      if (!before.isEmpty() && before.get(0).block() != block) {
        problems.add(
            Diagnostic.warning(
                "events.petrarch.verbs",
                "verb form " + key + " also in block " + before.get(0).block().name(),
                where));
      }
      if (before.stream().noneMatch(b -> b.block() == block)) {
        before.add(v);
      }
    }
    return v;
  }

  /**
   * Regular forms of a verb; in a phrase the word marked with '+' (else the first) is inflected:
   * "+STIR_UP" gives "STIRS UP", "STIRRED UP", "STIRRING UP".
   */
  static List<String> regularForms(String verb) {
    String v = verb.toUpperCase(Locale.ROOT);
    String[] parts = v.split("_");
    int at = 0;
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].startsWith("+")) {
        at = i;
        parts[i] = parts[i].substring(1);
      }
    }
    String w = parts[at].replace("+", "");
    List<String> out = new ArrayList<>();
    for (String f : inflect(w)) {
      String[] copy = parts.clone();
      copy[at] = f;
      out.add(String.join(" ", copy).replace("+", ""));
    }
    return out;
  }

  private static List<String> inflect(String w) {
    String stem = w.endsWith("E") ? w.substring(0, w.length() - 1) : w;
    List<String> out = new ArrayList<>();
    if (w.endsWith("Y") && w.length() > 1 && "AEIOU".indexOf(w.charAt(w.length() - 2)) < 0) {
      String y = w.substring(0, w.length() - 1);
      out.add(y + "IES");
      out.add(y + "IED");
      out.add(w + "ING");
      return out;
    }
    out.add(
        w.endsWith("S") || w.endsWith("SH") || w.endsWith("CH") || w.endsWith("X")
            ? w + "ES"
            : w + "S");
    out.add(stem + "ED");
    out.add(stem + "ING");
    return out;
  }

  private static Pattern pattern(String body, int line) {
    int open = body.lastIndexOf('[');
    int close = body.lastIndexOf(']');
    if (open < 0 || close < open) {
      throw new IllegalArgumentException("pattern without [code]");
    }
    PetrarchCode code = PetrarchCode.parse(body.substring(open + 1, close));
    String text = body.substring(0, open).trim();
    List<Element> upper = new ArrayList<>();
    List<Element> lower = new ArrayList<>();
    boolean seenVerb = false;
    for (String token : text.split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      String[] parts = token.split("_", -1);
      for (int i = 0; i < parts.length; i++) {
        String p = parts[i].toUpperCase(Locale.ROOT);
        if (p.isEmpty()) {
          continue;
        }
        boolean adjacent = i < parts.length - 1 && !parts[i + 1].isEmpty();
        if (p.equals("*") || p.equals("**")) {
          if (seenVerb) {
            throw new IllegalArgumentException("pattern with two verb markers");
          }
          seenVerb = true;
          if (!upper.isEmpty() && i > 0) {
            Element last = upper.remove(upper.size() - 1);
            upper.add(new Element(last.text(), true));
          }
          continue;
        }
        (seenVerb ? lower : upper).add(new Element(p, adjacent));
      }
    }
    if (!seenVerb) {
      throw new IllegalArgumentException("pattern without the verb marker '*'");
    }
    return new Pattern(upper, lower, code, line);
  }
}
