package org.tidings.eval.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidings.nlp.NerFeatures;
import org.tidings.nlp.WordClusters;

/**
 * Builds a name-list level for the tagger's word classes from PETRARCH2's Phoenix actor
 * dictionaries (MIT licence, in the shared data): for each word of the names they list, which parts
 * of names it has been (a person's first name, a person's later name, a word of an organisation's
 * name, a word of a country's or its places' names) and how often. Only the level is written, as a
 * {@link WordClusters} file of word hashes and class numbers, never the names; {@code NerClusters
 * -Dclusters.concat=classes.bin,this.bin} appends it to the word classes.
 *
 * <pre>
 * java -cp ... org.tidings.eval.nlp.NerGazetteer /tmp/gaz.bin
 * </pre>
 *
 * <p>The level has {@link NerFeatures#NAME_LEVEL_SIZE} classes: single words get their kind mask
 * and count bucket (or, with {@code -Dgaz.coarse=true}, their most frequent kind and count bucket),
 * multi-word names ("boris yeltsin", "international bar association") their kind. {@code
 * -Dgaz.words=false} / {@code -Dgaz.phrases=false} leave either out. An experiment of session 4,
 * not kept: see MODEL.md.
 */
public final class NerGazetteer {
  private NerGazetteer() {}

  static final int FIRST = 0;
  static final int LATER = 1;
  static final int ORG = 2;
  static final int PLACE = 3;

  /** Words that join names rather than name anything. */
  private static final Set<String> JOINERS =
      Set.of(
          "of", "the", "and", "for", "in", "on", "de", "la", "del", "al", "el", "du", "des", "to",
          "a", "an", "&", "van", "von", "bin", "ibn", "da", "di", "le");

  /** Titles the dictionary writes before some people's names ("PRESIDENT_KARZAI_"). */
  private static final Set<String> TITLES =
      Set.of(
          "president",
          "minister",
          "foreign",
          "prime",
          "acting",
          "deputy",
          "secretary",
          "general",
          "vice",
          "chairman",
          "leader",
          "king",
          "queen",
          "prince",
          "princess",
          "sheikh",
          "mullah",
          "mawlawi",
          "dr",
          "dr.",
          "gen.",
          "colonel",
          "col.",
          "senator",
          "governor",
          "mayor",
          "ambassador",
          "chief",
          "justice",
          "speaker",
          "premier",
          "defense",
          "defence",
          "interior",
          "finance",
          "former",
          "opposition",
          "un",
          "u.n.",
          "united",
          "nations",
          "secretary-general",
          "sir",
          "lord",
          "mr",
          "mrs",
          "ms",
          "pope",
          "cardinal",
          "archbishop",
          "bishop",
          "emir",
          "sultan",
          "crown",
          "commander");

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: NerGazetteer <output path>");
      System.exit(2);
    }
    Path dir = NerCorpus.shared().resolve("data/events/petrarch2");
    Map<String, int[]> counts = new HashMap<>();
    Map<String, int[]> phrases = new HashMap<>();
    int[] entries = new int[4];
    for (String f :
        List.of(
            "Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt")) {
      read(dir.resolve(f), f.contains("Countries"), counts, phrases, entries);
    }
    if (!Boolean.parseBoolean(System.getProperty("gaz.words", "true"))) {
      counts.clear();
    }
    if (!Boolean.parseBoolean(System.getProperty("gaz.phrases", "true"))) {
      phrases.clear();
    }
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.addAll(phrases.keySet());
    String[] words = keys.toArray(String[]::new);
    int[] classes = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      int[] c = counts.get(words[i]);
      classes[i] = c != null ? classOf(c) : NerFeatures.NAME_KINDS + argmax(phrases.get(words[i]));
    }
    WordClusters level =
        WordClusters.of(words, new int[] {NerFeatures.NAME_LEVEL_SIZE}, new int[][] {classes});
    try (OutputStream o = Files.newOutputStream(Path.of(args[0]))) {
      level.write(o);
    }
    System.out.printf(
        Locale.ROOT,
        "names: %d people, %d organisations, %d places; %d words, %d multi-word names%n",
        entries[0],
        entries[1],
        entries[2],
        counts.size(),
        phrases.size());
  }

  private static int argmax(int[] c) {
    int best = 0;
    for (int k = 1; k < c.length; k++) {
      if (c[k] > c[best]) {
        best = k;
      }
    }
    return best;
  }

  private static void phrase(Map<String, int[]> phrases, List<String> tokens, int kind) {
    if (tokens.size() >= 2 && tokens.size() <= 5) {
      phrases.computeIfAbsent(String.join(" ", tokens), x -> new int[3])[kind]++;
    }
  }

  /**
   * The word's class: which parts of names it has been at least a tenth of the time (4 bits: first
   * name, later name, organisation, place) and how often it was seen (1, 2-9, 10+ times).
   */
  static int classOf(int[] c) {
    int total = c[FIRST] + c[LATER] + c[ORG] + c[PLACE];
    if (Boolean.getBoolean("gaz.coarse")) {
      int best = 0;
      for (int k = 1; k < 4; k++) {
        if (c[k] > c[best]) {
          best = k;
        }
      }
      return best * 3 + (total == 1 ? 0 : total < 10 ? 1 : 2);
    }
    int mask = 0;
    for (int k = 0; k < 4; k++) {
      if (c[k] > 0 && c[k] * 10 >= total) {
        mask |= 1 << k;
      }
    }
    int bucket = total == 1 ? 0 : total < 10 ? 1 : 2;
    return mask * 3 + bucket;
  }

  private static void read(
      Path file,
      boolean countries,
      Map<String, int[]> counts,
      Map<String, int[]> phrases,
      int[] entries)
      throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    // Group lines into entries: a head line, its "+" synonyms and its "[CODE ...]" lines.
    List<List<String>> groups = new ArrayList<>();
    List<String> current = null;
    for (String raw : lines) {
      if (raw.isBlank() || raw.startsWith("#") || raw.startsWith("!")) {
        continue;
      }
      if (Character.isWhitespace(raw.charAt(0)) || raw.startsWith("[")) {
        if (current != null) {
          current.add(raw.strip());
        }
        continue;
      }
      if (raw.startsWith("+")) {
        if (current != null) {
          current.add(raw);
        }
        continue;
      }
      current = new ArrayList<>();
      current.add(raw);
      groups.add(current);
    }
    for (List<String> g : groups) {
      String head = g.get(0);
      boolean country = countries && head.matches("[^\\[#]*\\[[A-Z]{3}\\].*");
      boolean person = !country && isPerson(g);
      int kind = country ? PLACE : person ? FIRST : ORG;
      entries[country ? 2 : person ? 0 : 1]++;
      for (String line : g) {
        if (line.startsWith("[")) {
          continue;
        }
        boolean synonym = line.startsWith("+");
        List<String> tokens = tokens(line);
        if (person) {
          while (tokens.size() > 1 && TITLES.contains(tokens.get(0))) {
            tokens.remove(0);
          }
          phrase(phrases, tokens, 0);
          if (tokens.size() > 2) {
            phrase(phrases, List.of(tokens.get(0), tokens.get(tokens.size() - 1)), 0);
          }
          if (synonym || tokens.size() < 2) {
            continue; // variants with titles and initials
          }
        } else {
          phrase(phrases, tokens, country ? 2 : 1);
        }
        for (int i = 0; i < tokens.size(); i++) {
          String t = tokens.get(i);
          if (JOINERS.contains(t) || t.length() < 2) {
            continue;
          }
          int k = person ? (i == 0 ? FIRST : LATER) : kind;
          counts.computeIfAbsent(t, x -> new int[4])[k]++;
        }
      }
    }
  }

  /** A person: CountryInfo's rulers and ministers, or an entry whose roles have dates. */
  private static boolean isPerson(List<String> group) {
    if (group.get(0).contains("CountryInfo")) {
      return true;
    }
    for (String line : group) {
      if (line.startsWith("[") && line.matches("\\[[A-Z~]*\\s+[<>]?\\d+.*")) {
        return true;
      }
    }
    return false;
  }

  /** The words of a dictionary name: "+FOREIGN_MINISTER_ASHRAF_GHANI_ [X] # c" gives 4. */
  private static List<String> tokens(String line) {
    String s = line.startsWith("+") ? line.substring(1) : line;
    int cut = s.length();
    for (char c : new char[] {'[', '#', '\t'}) {
      int at = s.indexOf(c);
      if (at >= 0 && at < cut) {
        cut = at;
      }
    }
    s = s.substring(0, cut).strip();
    List<String> out = new ArrayList<>();
    for (String t : s.split("[_\\s]+")) {
      t = t.replace("(", "").replace(")", "").replace(",", "");
      if (!t.isEmpty() && t.chars().anyMatch(Character::isLetter)) {
        out.add(WordClusters.normalise(t));
      }
    }
    return out;
  }
}
