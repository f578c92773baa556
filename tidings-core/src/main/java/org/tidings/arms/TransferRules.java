package org.tidings.arms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.model.Span;
import org.tidings.model.Token;
import org.tidings.model.TransferStage;

/**
 * The word patterns that state arms transfers: stage triggers with the role their subject plays,
 * general words for arms, words that open a list of what a deal held, and words that void a
 * trigger. Loaded from a TSV file ({@code transfer-rules.tsv}); see its header for the format.
 */
public final class TransferRules {

  /** Where the parties of a trigger stand. */
  public enum Role {
    BUYER,
    SELLER,
    NEUTRAL,
    PASSIVE,
    PASSIVE_BUYER,
    SERVICE;

    static Role of(String s) {
      return valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  /** One stage pattern. */
  public record Trigger(TransferStage stage, Role role, String pattern) {
    public Trigger {
      Objects.requireNonNull(stage);
      Objects.requireNonNull(role);
      Objects.requireNonNull(pattern);
    }
  }

  /** A trigger found in text. */
  public record Hit(Span span, Trigger trigger) {}

  private final List<Trigger> triggers;
  private final Pattern all;
  private final Pattern items;
  private final List<String[]>[] byLength;
  private final BitSet lastWordInitial;
  private final Pattern include;
  private final Pattern block;

  public TransferRules(List<Trigger> triggers, String items, String include, String block) {
    this.triggers = List.copyOf(triggers);
    StringBuilder sb = new StringBuilder("\\b(?:");
    for (int i = 0; i < triggers.size(); i++) {
      sb.append(i == 0 ? "(" : "|(").append(triggers.get(i).pattern()).append(')');
    }
    sb.append(")\\b");
    this.all = Pattern.compile(sb.toString());
    if (all.matcher("").groupCount() != triggers.size()) {
      throw new IllegalArgumentException("trigger patterns must use only (?:...) groups");
    }
    List<String> phrases = List.of(items.split("\\|"));
    this.items =
        Pattern.compile(
            "(?i)\\b(?:"
                + String.join(
                    "|",
                    phrases.stream().map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).toList())
                + ")\\b");
    this.byLength = byLastWordLength(phrases);
    this.lastWordInitial = new BitSet();
    for (String p : phrases) {
      String[] w = p.strip().split("\\s+");
      lastWordInitial.set(Character.toLowerCase(w[w.length - 1].charAt(0)));
    }
    this.include = Pattern.compile("(?i)\\b(?:" + include + ")\\b");
    this.block = Pattern.compile("\\b(?:" + block + ")\\s+(?:[\\w’'-]+\\s+)?$");
  }

  /** Phrases as word arrays, filed under the length of their last word. */
  @SuppressWarnings("unchecked")
  private static List<String[]>[] byLastWordLength(List<String> phrases) {
    int longest = 0;
    for (String p : phrases) {
      String[] w = p.strip().split("\\s+");
      longest = Math.max(longest, w[w.length - 1].length());
    }
    List<String[]>[] out = new List[longest + 1];
    for (String p : phrases) {
      String[] w = p.strip().split("\\s+");
      int n = w[w.length - 1].length();
      if (out[n] == null) {
        out[n] = new ArrayList<>();
      }
      out[n].add(w);
      out[n].sort((a, b) -> b.length - a.length); // longest phrase first
    }
    return out;
  }

  /** The rules shipped with Tidings. */
  public static TransferRules standard() {
    try (InputStream in = WeaponGazetteer.resource("transfer-rules.tsv")) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads rules in the TSV format of {@code transfer-rules.tsv}. */
  public static TransferRules read(InputStream in) throws IOException {
    List<Trigger> triggers = new ArrayList<>();
    List<String> items = new ArrayList<>();
    List<String> include = new ArrayList<>();
    List<String> block = new ArrayList<>();
    int n = 0;
    for (String line : WeaponGazetteer.readLines(in)) {
      n++;
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IllegalArgumentException("transfer rule " + n + ": want 4 fields: " + line);
      }
      switch (f[0]) {
        case "trigger" ->
            triggers.add(new Trigger(TransferStage.valueOf(f[1]), Role.of(f[2]), f[3]));
        case "item" -> items.add(f[3]);
        case "include" -> include.add(f[3]);
        case "block" -> block.add(f[3]);
        default -> throw new IllegalArgumentException("transfer rule " + n + ": bad kind " + f[0]);
      }
    }
    return new TransferRules(
        triggers, String.join("|", items), String.join("|", include), String.join("|", block));
  }

  public List<Trigger> triggers() {
    return triggers;
  }

  /**
   * Triggers in {@code lower} (the text lower-cased char by char, so offsets hold) within {@code
   * [from, to)}, leaving out those voided by a negation just before them. {@code starts} caches,
   * for one caller, which words may open a trigger.
   */
  List<Hit> triggers(String lower, int from, int to, Map<String, Boolean> starts) {
    List<Hit> out = new ArrayList<>();
    Matcher m = all.matcher(lower);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int i = from;
    while (i < to) {
      if (!Character.isLetter(lower.charAt(i))
          || i > 0 && Character.isLetter(lower.charAt(i - 1))) {
        i++;
        continue;
      }
      int end = i;
      while (end < to && Character.isLetter(lower.charAt(end))) {
        end++;
      }
      String word = lower.substring(i, end);
      if (!starts.computeIfAbsent(word, this::mayStart)) {
        i = end;
        continue;
      }
      m.region(i, to);
      if (!m.lookingAt()) {
        i = end;
        continue;
      }
      int g = 1;
      while (m.group(g) == null) {
        g++;
      }
      if (!blocked(lower, from, m.start())) {
        out.add(new Hit(new Span(m.start(), m.end()), triggers.get(g - 1)));
      }
      i = Math.max(m.end(), end);
    }
    return out;
  }

  /**
   * Whether some trigger may begin with the whole word {@code word}: followed by a space, it
   * matches or the match runs out of input ("has " may go on to "has sold"; "to " never "took").
   */
  private boolean mayStart(String word) {
    Matcher m = all.matcher(word + " ");
    return m.lookingAt() || m.hitEnd();
  }

  private boolean blocked(String lower, int from, int start) {
    int b = Math.max(from, start - 30);
    return block.matcher(lower).region(b, start).find();
  }

  /**
   * General words for arms ("weapons", "military equipment") among the tokens, any case; read from
   * the text when there are no tokens. Walking tokens keeps this cheap for the many articles that
   * name no arms at all.
   */
  List<Span> generalItems(String text, List<Token> tokens) {
    if (tokens.isEmpty()) {
      List<Span> out = new ArrayList<>();
      Matcher m = items.matcher(text);
      while (m.find()) {
        out.add(new Span(m.start(), m.end()));
      }
      return out;
    }
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).text();
      if (t.length() >= byLength.length
          || byLength[t.length()] == null
          || !lastWordInitial.get(Character.toLowerCase(t.charAt(0)))) {
        continue;
      }
      for (String[] phrase : byLength[t.length()]) {
        int first = i - phrase.length + 1;
        if (first >= 0 && phraseAt(tokens, first, phrase)) {
          out.add(new Span(tokens.get(first).span().start(), tokens.get(i).span().end()));
          break;
        }
      }
    }
    return out;
  }

  private static boolean phraseAt(List<Token> tokens, int first, String[] phrase) {
    for (int k = 0; k < phrase.length; k++) {
      if (!tokens.get(first + k).text().equalsIgnoreCase(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether the sentence {@code [from, to)} lists what a deal held ("Those included ..."). */
  boolean includes(String text, int from, int to) {
    return include.matcher(text).region(from, to).find();
  }
}
