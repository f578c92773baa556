package org.tidings.arms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.model.Span;
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
    this.items = Pattern.compile("(?i)\\b(?:" + items + ")\\b");
    this.include = Pattern.compile("(?i)\\b(?:" + include + ")\\b");
    this.block = Pattern.compile("\\b(?:" + block + ")\\s+(?:[\\w’'-]+\\s+)?$");
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
   * [from, to)}, leaving out those voided by a negation just before them.
   */
  List<Hit> triggers(String lower, int from, int to) {
    List<Hit> out = new ArrayList<>();
    Matcher m = all.matcher(lower).region(from, to);
    m.useTransparentBounds(true);
    while (m.find()) {
      int g = 1;
      while (m.group(g) == null) {
        g++;
      }
      if (!blocked(lower, from, m.start())) {
        out.add(new Hit(new Span(m.start(), m.end()), triggers.get(g - 1)));
      }
    }
    return out;
  }

  /** True when the text in {@code [from, to)} holds any trigger at all: a cheap first test. */
  boolean anyTrigger(String lower) {
    return all.matcher(lower).find();
  }

  private boolean blocked(String lower, int from, int start) {
    int b = Math.max(from, start - 30);
    return block.matcher(lower).region(b, start).find();
  }

  /** General words for arms ("weapons", "arms") within {@code [from, to)}. */
  List<Span> generalItems(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    Matcher m = items.matcher(text).region(from, to);
    while (m.find()) {
      out.add(new Span(m.start(), m.end()));
    }
    return out;
  }

  /** Whether the sentence {@code [from, to)} lists what a deal held ("Those included ..."). */
  boolean includes(String text, int from, int to) {
    return include.matcher(text).region(from, to).find();
  }
}
