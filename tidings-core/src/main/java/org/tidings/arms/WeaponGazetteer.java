package org.tidings.arms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tidings.model.Span;

/**
 * Finds weapon systems and generic weapon classes in text by longest match over their names.
 *
 * <p>The data is a tab-separated file, one entry a line: {@code kind, designation, aliases,
 * category, producer}, where kind is {@code system} or {@code class} and aliases are separated by
 * {@code |}. An alias starting with {@code ?} is also an ordinary word or name ("?Tiger",
 * "?Patriot") and only counts when military words stand near it and no capitalised word stands next
 * to it ("Spike Lee", "AC Milan"); listing the designation itself so marks the designation. A
 * second file lists phrases that are never weapons ("think tank", "Patriot Act"); they win over
 * shorter weapon names inside them.
 *
 * <p>Case rules: system names must match in case (or the text is all capitals, as in headlines);
 * class names match in any case, except acronyms ("MLRS"), which must be capitals. A plural "s"
 * ("T-72s") and separators ("Mi-17", "Mi 17") are allowed; "Mi17" is added for "Mi-17".
 */
public final class WeaponGazetteer {

  /**
   * A name found in text.
   *
   * @param span where it stands (without a possessive "'s")
   * @param system what it names
   * @param alias the name as listed in the gazetteer
   * @param ambiguous true when the name is also an ordinary word or a person's name
   */
  public record Match(Span span, WeaponSystem system, String alias, boolean ambiguous) {}

  /** One name in the trie. */
  private record Name(String alias, WeaponSystem system, boolean ambiguous) {
    boolean never() {
      return system == null;
    }
  }

  /** A trie node over folded chars. */
  private static final class Node {
    char[] keys = new char[0];
    Node[] kids = new Node[0];
    List<Name> names = List.of();

    Node child(char c) {
      int i = Arrays.binarySearch(keys, c);
      return i >= 0 ? kids[i] : null;
    }

    Node add(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) {
        return kids[i];
      }
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      Node[] n = new Node[kids.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(kids, 0, n, 0, at);
      k[at] = c;
      n[at] = new Node();
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(kids, at, n, at + 1, kids.length - at);
      keys = k;
      kids = n;
      return n[at];
    }
  }

  private static final Pattern CUE =
      Pattern.compile(
          "(?i)\\b(?:missiles?|rockets?|tanks?|helicopters?|fighter jets?|warplanes?|aircraft"
              + "|launchers?|howitzers?|drones?|uavs?|air[- ]defen[cs]e|missile defen[cs]e"
              + "|warships?|frigates?|submarines?|corvettes?|armou?red|weapons?|weaponry"
              + "|military|army|armed forces|troops|soldiers|anti-tank|anti-aircraft|artillery"
              + "|navy|naval|air force|defen[cs]e ministry|ministry of defen[cs]e"
              + "|defen[cs]e minister|pentagon|interceptors?|ammunition|munitions?|gunships?"
              + "|[a-z]+-made|[a-z]+-built|arms (?:deal|sales?|exports?|imports?|supplies)"
              + "|combat|battlefield|strikes?|shot down|air strikes?)\\b");

  private static final int CUE_WINDOW = 60;

  /** "Mi-17", "Su-30", "T-72", "S-300", "F-16" are also written without the hyphen; "E-3" not. */
  private static final Pattern JOINABLE =
      Pattern.compile("(?<![\\p{L}\\d])(\\p{L}{2,}|[TSF])-(\\d{2,}|(?<=\\p{L}{2}-)\\d)");

  private final List<WeaponSystem> systems;
  private final Map<String, WeaponSystem> byDesignation = new HashMap<>();
  private final Node root = new Node();

  public WeaponGazetteer(List<WeaponSystem> systems, List<String> notWeapons) {
    this.systems = List.copyOf(systems);
    for (WeaponSystem s : systems) {
      byDesignation.putIfAbsent(s.designation().toLowerCase(Locale.ROOT), s);
      if (!s.aliases().contains("?" + s.designation())) {
        addWithVariants(s.designation(), s, false); // else the "?" alias stands for it
      }
      for (String a : s.aliases()) {
        boolean ambiguous = a.startsWith("?");
        addWithVariants(ambiguous ? a.substring(1) : a, s, ambiguous);
      }
    }
    for (String phrase : notWeapons) {
      add(phrase, null, false);
    }
  }

  /** Adds a name, and "Mi17" for "Mi-17". */
  private void addWithVariants(String alias, WeaponSystem system, boolean ambiguous) {
    add(alias, system, ambiguous);
    String joined = JOINABLE.matcher(alias).replaceAll("$1$2");
    if (!joined.equals(alias)) {
      add(joined, system, ambiguous);
    }
  }

  private void add(String alias, WeaponSystem system, boolean ambiguous) {
    if (alias.isBlank()) {
      return;
    }
    Node n = root;
    for (int i = 0; i < alias.length(); i++) {
      n = n.add(fold(alias.charAt(i)));
    }
    List<Name> names = new ArrayList<>(n.names);
    names.add(new Name(alias, system, ambiguous));
    n.names = List.copyOf(names);
  }

  /** The gazetteer shipped with Tidings. */
  public static WeaponGazetteer standard() {
    try (InputStream systems = resource("weapons.tsv");
        InputStream never = resource("not-weapons.txt")) {
      return new WeaponGazetteer(read(systems), readLines(never));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream resource(String name) {
    InputStream in = WeaponGazetteer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " missing from the classpath");
    }
    return in;
  }

  /** Reads entries in the gazetteer's TSV format. */
  public static List<WeaponSystem> read(InputStream in) throws IOException {
    List<WeaponSystem> out = new ArrayList<>();
    int n = 0;
    for (String line : readRaw(in)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5) {
        throw new IllegalArgumentException("weapons.tsv:" + n + ": want 5 fields, got " + f.length);
      }
      boolean generic =
          switch (f[0]) {
            case "system" -> false;
            case "class" -> true;
            default ->
                throw new IllegalArgumentException(
                    "weapons.tsv:" + n + ": bad kind '" + f[0] + "'");
          };
      List<String> aliases = f[2].isEmpty() ? List.of() : Arrays.asList(f[2].split("\\|"));
      out.add(new WeaponSystem(f[1], aliases, WeaponCategory.of(f[3]), f[4], generic));
    }
    return out;
  }

  /** Non-blank lines that are not {@code #} comments. */
  public static List<String> readLines(InputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : readRaw(in)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line.strip());
      }
    }
    return out;
  }

  private static List<String> readRaw(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = r.readLine()) != null) {
      lines.add(line);
    }
    return lines;
  }

  /** All entries, in file order. */
  public List<WeaponSystem> systems() {
    return systems;
  }

  /** The entry with this designation, case-insensitively. */
  public Optional<WeaponSystem> system(String designation) {
    return Optional.ofNullable(byDesignation.get(designation.toLowerCase(Locale.ROOT)));
  }

  /** Weapon names in {@code text}, longest first, without overlaps, in text order. */
  public List<Match> scan(String text) {
    return scan(text, 0, text.length());
  }

  /** Weapon names within {@code [from, to)} of {@code text}. */
  public List<Match> scan(String text, int from, int to) {
    List<Match> out = new ArrayList<>();
    int[] end = new int[2]; // [span end, consumed end]
    int i = from;
    while (i < to) {
      if (!wordStart(text, i, from)) {
        i++;
        continue;
      }
      int next = matchAt(text, i, to, end, out);
      i = next > i ? next : i + 1;
    }
    return out;
  }

  /**
   * Weapon names in {@code text} that start at one of {@code starts} (ascending offsets, such as
   * token starts): a cheaper walk than {@link #scan(String)} when tokens are known.
   */
  public List<Match> scan(String text, int[] starts) {
    List<Match> out = new ArrayList<>();
    int[] end = new int[2];
    int done = 0;
    for (int i : starts) {
      if (i < done || !wordStart(text, i, 0)) {
        continue;
      }
      done = Math.max(done, matchAt(text, i, text.length(), end, out));
    }
    return out;
  }

  /** Tries a name at {@code i}; returns where scanning may go on, or {@code i} if none matched. */
  private int matchAt(String text, int i, int to, int[] end, List<Match> out) {
    Name name = longest(text, i, to, end);
    if (name == null) {
      return i;
    }
    if (name.never()) {
      return end[1];
    }
    if (name.ambiguous() && (inProperName(text, i, end[1]) || !cued(text, i, end[1]))) {
      return i;
    }
    out.add(new Match(new Span(i, end[0]), name.system(), name.alias(), name.ambiguous()));
    return end[1];
  }

  private static boolean wordStart(String text, int i, int from) {
    return Character.isLetterOrDigit(text.charAt(i))
        && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)));
  }

  /** The longest name starting at {@code start} that fits the case rules, or null. */
  private Name longest(String text, int start, int to, int[] end) {
    Node n = root;
    Name best = null;
    for (int j = start; j < to; j++) {
      n = n.child(fold(text.charAt(j)));
      if (n == null) {
        break;
      }
      if (n.names.isEmpty()) {
        continue;
      }
      int stop = j + 1;
      boolean boundary = stop >= to || !Character.isLetterOrDigit(text.charAt(stop));
      boolean plural =
          !boundary
              && !n.names.get(0).ambiguous()
              && text.charAt(stop) == 's'
              && (stop + 1 >= to || !Character.isLetterOrDigit(text.charAt(stop + 1)));
      if (!boundary && !plural) {
        continue;
      }
      for (Name name : n.names) {
        if (plural && (name.never() || name.alias().endsWith("s"))) {
          continue;
        }
        if (fitsCase(name, text, start, stop)) {
          best = name;
          end[0] = plural && !name.never() ? stop + 1 : stop;
          end[1] = plural ? stop + 1 : stop;
          break;
        }
      }
    }
    return best;
  }

  private static boolean fitsCase(Name name, String text, int start, int stop) {
    String alias = name.alias();
    boolean caps = allCaps(text, start, stop);
    boolean generic = !name.never() && name.system().generic() && !isAcronym(alias);
    if (generic
        && !caps
        && hasUpper(text, start, stop)
        && !sentenceInitial(text, start)
        && !Character.isUpperCase(alias.charAt(0))) {
      return false; // "Foo Fighters", "Gurkha Rifles": a name, not the class
    }
    boolean insensitive = name.never() || generic || caps;
    int letters = 0;
    for (int k = 0; k < alias.length(); k++) {
      char a = alias.charAt(k);
      char t = text.charAt(start + k);
      if (a == '-' && t == ' ' && letters < 2) {
        return false; // "A 10-month" is not the A-10
      }
      letters = Character.isLetter(a) ? letters + 1 : 0;
      if (a == t || fold(a) == fold(t) && (insensitive || !Character.isLetter(a))) {
        continue;
      }
      return false;
    }
    return true;
  }

  private static boolean hasUpper(String text, int start, int stop) {
    for (int k = start; k < stop; k++) {
      if (Character.isUpperCase(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAcronym(String alias) {
    int upper = 0;
    for (int k = 0; k < alias.length(); k++) {
      if (Character.isUpperCase(alias.charAt(k))) {
        upper++;
      }
    }
    return upper >= 2;
  }

  /** True when the text has letters and none of them is lower case. */
  private static boolean allCaps(String text, int start, int stop) {
    boolean letters = false;
    for (int k = start; k < stop; k++) {
      char c = text.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters && stop - start > 3;
  }

  /** "Spike Lee", "AC Milan", "the Meteor Awards": a capitalised word next to it. */
  private static boolean inProperName(String text, int start, int end) {
    int n = end;
    while (n < text.length() && (text.charAt(n) == ' ' || text.charAt(n) == '-')) {
      n++;
    }
    if (n > end && n < text.length() && Character.isUpperCase(text.charAt(n))) {
      int w = n;
      while (w < text.length() && Character.isLetter(text.charAt(w))) {
        w++;
      }
      if (!CUE.matcher(text.substring(n, w)).matches()) {
        return true;
      }
    }
    int p = start;
    while (p > 0 && text.charAt(p - 1) == ' ') {
      p--;
    }
    if (p == start || p == 0 || !Character.isLetter(text.charAt(p - 1))) {
      return false;
    }
    int w = p;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return Character.isUpperCase(text.charAt(w)) && !sentenceInitial(text, w);
  }

  /** Whether a word at {@code start} opens a sentence, line or quote. */
  static boolean sentenceInitial(String text, int start) {
    int p = start;
    while (p > 0 && " \t“‘\"'(".indexOf(text.charAt(p - 1)) >= 0) {
      p--;
    }
    return p == 0 || ".!?:;\n\r".indexOf(text.charAt(p - 1)) >= 0;
  }

  private static boolean cued(String text, int start, int end) {
    int from = Math.max(0, start - CUE_WINDOW);
    int to = Math.min(text.length(), end + CUE_WINDOW);
    return CUE.matcher(text.substring(from, start)).find()
        || CUE.matcher(text.substring(end, to)).find();
  }

  /** Folds case, separators and apostrophes so that name variants share trie paths. */
  static char fold(char c) {
    return switch (c) {
      case ' ', '-', '\u00a0', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> ' ';
      case '\u2019', '\u2018' -> '\'';
      default -> Character.toLowerCase(c);
    };
  }
}
