package org.tidings.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidings.model.Diagnostic;

/**
 * The word lists the event coder reads sentences with: word classes (grammar.tsv), irregular verb
 * forms (lemmas.tsv), role nouns and fixed actor names (actors.tsv), and the intent codes of acts
 * (intent-codes.tsv).
 */
public final class Lexicon {
  /** A role noun: "prime minister" gives GOV and names one person. */
  public record Role(String code, boolean person) {}

  private final Map<String, Set<String>> classes;
  private final Map<String, String> irregular;
  private final Map<String, String> actors;
  private final Map<String, Role> roles;
  private final Map<String, String> intents;
  private final int longestActor;
  private final Set<String> firstWords;

  public Lexicon(
      Map<String, Set<String>> classes,
      Map<String, String> irregular,
      Map<String, String> actors,
      Map<String, Role> roles,
      Map<String, String> intents) {
    this.classes = Map.copyOf(classes);
    this.irregular = Map.copyOf(irregular);
    this.actors = Map.copyOf(actors);
    this.roles = Map.copyOf(roles);
    this.intents = Map.copyOf(intents);
    int longest = 1;
    Set<String> first = new HashSet<>();
    for (String k : concat(actors.keySet(), roles.keySet())) {
      String[] words = k.split(" ");
      longest = Math.max(longest, words.length);
      first.add(words[0]);
    }
    this.longestActor = longest;
    this.firstWords = Set.copyOf(first);
  }

  /** The lexicon shipped with Tidings. */
  public static Lexicon standard() {
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, Set<String>> classes = new HashMap<>();
    for (String[] f : rows("grammar.tsv", 2, problems)) {
      classes.put(f[0], new HashSet<>(List.of(f[1].split("\\|"))));
    }
    Map<String, String> irregular = new HashMap<>();
    for (String[] f : rows("lemmas.tsv", 2, problems)) {
      irregular.put(f[0], f[1]);
    }
    Map<String, String> actors = new HashMap<>();
    Map<String, Role> roles = new HashMap<>();
    for (String[] f : rows("actors.tsv", 0, problems)) {
      if (f[0].equals("actor") && f.length == 3) {
        actors.put(f[1], f[2]);
      } else if (f[0].equals("role") && f.length == 4) {
        roles.put(f[1], new Role(f[2], f[3].equals("yes")));
      } else {
        problems.add(Diagnostic.error("events.lexicon", "bad line " + String.join("\t", f), ""));
      }
    }
    Map<String, String> intents = new HashMap<>();
    for (String[] f : rows("intent-codes.tsv", 2, problems)) {
      intents.put(f[0], f[1]);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("bundled lexicon is broken: " + problems);
    }
    return new Lexicon(classes, irregular, actors, roles, intents);
  }

  private static List<String[]> rows(String name, int fields, List<Diagnostic> problems) {
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the classpath");
      }
      return rows(in, name, fields, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tab-separated rows, comments and blank lines skipped; wrong field counts are reported. */
  static List<String[]> rows(InputStream in, String location, int fields, List<Diagnostic> problems)
      throws IOException {
    List<String[]> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (fields > 0 && f.length != fields) {
        problems.add(
            Diagnostic.error(
                "events.dictionary",
                "want " + fields + " tab-separated fields, got " + f.length,
                location + ":" + n));
        continue;
      }
      out.add(f);
    }
    return out;
  }

  /** Whether a lower-case word belongs to a word class ("determiner", "negation", ...). */
  public boolean is(String wordClass, String word) {
    Set<String> words = classes.get(wordClass);
    return words != null && words.contains(word);
  }

  /** The lemmas a lower-case word form may have: itself, an irregular lemma, suffixes undone. */
  public Set<String> lemmas(String w) {
    Set<String> out = new LinkedHashSet<>();
    out.add(w);
    String irr = irregular.get(w);
    if (irr != null) {
      out.add(irr);
    }
    if (w.endsWith("ies") || w.endsWith("ied")) {
      out.add(w.substring(0, w.length() - 3) + "y");
    }
    if (w.endsWith("es")) {
      out.add(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("s") && !w.endsWith("ss")) {
      out.add(w.substring(0, w.length() - 1));
    }
    if (w.endsWith("ed")) {
      String stem = w.substring(0, w.length() - 2);
      out.add(stem);
      out.add(stem + "e");
      undouble(stem, out);
    }
    if (w.endsWith("ing")) {
      String stem = w.substring(0, w.length() - 3);
      out.add(stem);
      out.add(stem + "e");
      undouble(stem, out);
    }
    return out;
  }

  private static void undouble(String stem, Set<String> out) {
    int n = stem.length();
    if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
      out.add(stem.substring(0, n - 1));
    }
  }

  /** Whether a word form looks like a past participle ("rejected", "sold"). */
  public boolean isParticiple(String w) {
    String irr = irregular.get(w);
    return w.endsWith("ed") || (irr != null && !irr.equals(w) && !is("auxiliary", w));
  }

  /** The fixed actor code of a lower-case phrase ("kremlin" gives RUSGOV), or null. */
  public String actor(String phrase) {
    return actors.get(phrase);
  }

  /** The role a lower-case phrase names, or null. */
  public Role role(String phrase) {
    return roles.get(phrase);
  }

  /**
   * Whether an actor or role phrase may start with this lower-case word (as written, or bare when
   * it is the phrase's only word): a quick test before phrases are built.
   */
  public boolean mayStartActor(String w) {
    return firstWords.contains(w) || firstWords.contains(bare(w));
  }

  private static List<String> concat(Set<String> a, Set<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** The most words an actor or role phrase has. */
  public int longestActor() {
    return longestActor;
  }

  /** The intent code for an act ("062" gives "0312"), or the empty string when none is known. */
  public String intentOf(String code) {
    for (int len = code.length(); len >= 2; len--) {
      String c = intents.get(code.substring(0, len));
      if (c != null) {
        return c;
      }
    }
    return "";
  }

  /**
   * A lower-case form of a token with a possessive ending dropped ("Azerbaijan’s" gives
   * "azerbaijan").
   */
  static String bare(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    if (t.endsWith("’s") || t.endsWith("'s")) {
      return t.substring(0, t.length() - 2);
    }
    if (t.length() > 1 && (t.endsWith("’") || t.endsWith("'"))) {
      return t.substring(0, t.length() - 1);
    }
    return t;
  }

  static boolean isPossessive(String token) {
    return token.endsWith("’s") || token.endsWith("'s");
  }
}
