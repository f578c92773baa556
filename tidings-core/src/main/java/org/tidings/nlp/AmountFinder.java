package org.tidings.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tidings.model.Amount;
import org.tidings.model.Analysis;
import org.tidings.model.Sentence;
import org.tidings.model.Span;
import org.tidings.model.Token;
import org.tidings.pipeline.Annotator;

/**
 * Finds money, percentages and counts of things.
 *
 * <p>Money: a currency sign or code before the number ("$5 billion", "€1.2bn", "RUB 10 billion") or
 * a currency word or code after it ("5 million rubles"); the value has the magnitude applied and
 * the unit is the ISO 4217 code. Percentages: "12%", "12 percent", "12 per cent" give unit "%".
 * Counts: a number then, after at most three modifiers, a counted noun ("100 T-90S tanks" gives 100
 * "tanks"; "two dozen helicopters" gives 24). A hedge before the number ("around", "at least") goes
 * into the span and makes the amount approximate. Years, dates, times of day and durations are left
 * to {@link TimeFinder}. Needs tokens and sentences.
 */
public final class AmountFinder implements Annotator {
  private static final int MAX_MODIFIERS = 3;
  private static final Set<String> STOPS =
      Set.of(
          "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "than", "as",
          "per", "a", "an", "the", "that", "which", "who", "were", "was", "are", "is", "have",
          "had", "has", "be", "been", "will", "would", "could", "into", "over", "under", "about");

  /** The currency forms and their codes, by kind. */
  private final Map<String, String> symbols;

  private final Map<String, String> currencyWords;
  private final Set<String> codes;
  private final Map<String, String> hedges;
  private final Set<String> countedNouns;
  private final Set<String> notCounted;
  private final NumberReader numbers;

  /**
   * A finder with its word lists.
   *
   * @param currencies currency form (sign as written, word in lower case, code in capitals) to ISO
   *     code, with the kind ("symbol", "word", "code") as a prefix: "symbol:$" to "USD"
   * @param hedges lower-cased phrases to their kind ("about", "min", "max")
   * @param countedNouns nouns counted although they do not end in -s
   * @param notCounted plural-looking words that are not counted things
   * @param numberWords number words and magnitudes to their values
   */
  public AmountFinder(
      Map<String, String> currencies,
      Map<String, String> hedges,
      Set<String> countedNouns,
      Set<String> notCounted,
      Map<String, Double> numberWords) {
    Map<String, String> sym = new HashMap<>();
    Map<String, String> word = new HashMap<>();
    Set<String> code = new HashSet<>();
    currencies.forEach(
        (key, iso) -> {
          int colon = key.indexOf(':');
          String kind = key.substring(0, colon);
          String form = key.substring(colon + 1);
          switch (kind) {
            case "symbol" -> sym.put(form, iso);
            case "word" -> word.put(form.toLowerCase(Locale.ROOT), iso);
            case "code" -> code.add(form);
            default -> throw new IllegalArgumentException("unknown currency kind " + kind);
          }
        });
    this.symbols = Map.copyOf(sym);
    this.currencyWords = Map.copyOf(word);
    this.codes = Set.copyOf(code);
    this.hedges = Map.copyOf(hedges);
    this.countedNouns = Set.copyOf(countedNouns);
    this.notCounted = Set.copyOf(notCounted);
    this.numbers = new NumberReader(numberWords);
  }

  /** The finder with the bundled currency, hedge, noun and number lists. */
  public static AmountFinder standard() {
    Map<String, String> currencies = new HashMap<>();
    for (String[] row : LineResource.rows("currencies.tsv", 3)) {
      currencies.put(row[2] + ":" + row[0], row[1]);
    }
    Map<String, Double> numberWords = new HashMap<>();
    LineResource.table("numbers.tsv").forEach((w, v) -> numberWords.put(w, Double.valueOf(v)));
    return new AmountFinder(
        currencies,
        LineResource.table("hedges.tsv"),
        LineResource.words("counted-nouns.txt"),
        LineResource.words("not-counted.txt"),
        numberWords);
  }

  @Override
  public Analysis annotate(Analysis analysis) {
    List<Amount> found = new ArrayList<>();
    String text = analysis.article().text();
    for (Sentence s : analysis.sentences()) {
      new SentenceScan(analysis.tokensOf(s), text).scan(found);
    }
    return analysis.withAmounts(found);
  }

  /** The search through one sentence. */
  private final class SentenceScan {
    private final List<Token> tokens;
    private final List<String> lower;
    private final String text;

    SentenceScan(List<Token> tokens, String text) {
      this.tokens = tokens;
      this.text = text;
      this.lower = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        lower.add(t.text().toLowerCase(Locale.ROOT));
      }
    }

    void scan(List<Amount> out) {
      int i = 0;
      while (i < tokens.size()) {
        int afterHedge = hedgeEnd(i);
        Amount a = amountAt(i, afterHedge);
        if (a == null && afterHedge > i) {
          a = amountAt(afterHedge, afterHedge);
        }
        if (a == null) {
          i++;
          continue;
        }
        out.add(a);
        i = endToken(a.span().end());
      }
    }

    private int endToken(int charEnd) {
      int k = 0;
      while (k < tokens.size() && tokens.get(k).span().start() < charEnd) {
        k++;
      }
      return k;
    }

    /** The token after a hedge phrase starting at {@code i}, or {@code i} when there is none. */
    private int hedgeEnd(int i) {
      if (i + 1 < size() && hedges.containsKey(lower.get(i) + " " + lower.get(i + 1))) {
        return i + 2;
      }
      return hedges.containsKey(lower.get(i)) ? i + 1 : i;
    }

    /**
     * An amount whose span starts at token {@code start} and whose number part starts at {@code
     * at}.
     */
    private Amount amountAt(int start, int at) {
      boolean approximate = at > start;
      Amount money = moneyBefore(start, at, approximate);
      if (money != null) {
        return money;
      }
      NumberReader.Reading r = number(at);
      if (r == null) {
        return null;
      }
      int end = r.end();
      if (end < size()) {
        String next = lower.get(end);
        if (next.equals("%") || next.equals("percent") || next.equals("pct")) {
          return amount(start, end + 1, r.value(), "%", approximate);
        }
        if (next.equals("per") && is(end + 1, "cent")) {
          return amount(start, end + 2, r.value(), "%", approximate);
        }
        String iso = currencyAfter(end);
        if (iso != null) {
          return amount(start, end + 1, r.value(), iso, approximate);
        }
      }
      return count(start, r, approximate);
    }

    /** "$5 billion", "US$ 300m", "RUB 10 billion". */
    private Amount moneyBefore(int start, int at, boolean approximate) {
      if (at >= size()) {
        return null;
      }
      String t = tokens.get(at).text();
      int n = at + 1;
      String iso = symbols.get(t);
      if (iso == null && codes.contains(t)) {
        iso = t;
      }
      if (iso == null) {
        iso = prefixedDollar(at); // "US" "$"
        n = at + 2;
      }
      if (iso == null || n >= size()) {
        return null;
      }
      NumberReader.Reading r = number(n);
      if (r == null) {
        return null;
      }
      int end = r.end();
      if (end < size() && currencyWords.containsKey(lower.get(end))) {
        end++; // "$5 billion dollars"
      }
      return amount(start, end, r.value(), iso, approximate);
    }

    private String prefixedDollar(int at) {
      if (at + 1 < size() && tokens.get(at + 1).text().equals("$") && adjacent(at, at + 1)) {
        return symbols.get(tokens.get(at).text() + "$");
      }
      return null;
    }

    private boolean adjacent(int a, int b) {
      return tokens.get(a).span().end() == tokens.get(b).span().start();
    }

    private String currencyAfter(int end) {
      String t = tokens.get(end).text();
      if (codes.contains(t)) {
        return t;
      }
      return currencyWords.get(lower.get(end));
    }

    /** "100 T-90S tanks", "two dozen helicopters", "at least 12 people". */
    private Amount count(int start, NumberReader.Reading r, boolean approximate) {
      for (int k = r.end(); k < size() && k <= r.end() + MAX_MODIFIERS; k++) {
        String w = lower.get(k);
        if (w.isEmpty()
            || !Character.isLetterOrDigit(w.charAt(0))
            || STOPS.contains(w)
            || notCounted.contains(w)) {
          return null;
        }
        boolean plain = w.equals(tokens.get(k).text()) && w.chars().allMatch(Character::isLetter);
        if (plain && (countedNouns.contains(w) || isPlural(w))) {
          return amount(start, k + 1, r.value(), w, approximate);
        }
      }
      return null;
    }

    private boolean isPlural(String w) {
      return w.length() > 3
          && w.endsWith("s")
          && !w.endsWith("ss")
          && !w.endsWith("us")
          && !w.endsWith("is")
          && !w.endsWith("’s")
          && !w.endsWith("'s")
          && Character.isLetter(w.charAt(0));
    }

    /** The number at token {@code at}, unless it is a year, an ordinal or part of a date. */
    private NumberReader.Reading number(int at) {
      if (at >= size()) {
        return null;
      }
      String w = lower.get(at);
      if (w.length() == 4 && w.chars().allMatch(Character::isDigit)) {
        int y = Integer.parseInt(w);
        if (y >= 1800 && y <= 2199) {
          return null;
        }
      }
      if (at > 0 && isMonth(tokens.get(at - 1).text())) {
        return null;
      }
      return numbers.read(lower, at);
    }

    private boolean isMonth(String t) {
      return t.length() >= 3
          && Character.isUpperCase(t.charAt(0))
          && List.of(
                  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                  "dec")
              .contains(t.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private Amount amount(int start, int end, double value, String unit, boolean approximate) {
      Span span = new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
      return new Amount(span, span.of(text), value, unit, approximate);
    }

    private boolean is(int at, String w) {
      return at < size() && lower.get(at).equals(w);
    }

    private int size() {
      return tokens.size();
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AmountFinder a
        && symbols.equals(a.symbols)
        && currencyWords.equals(a.currencyWords)
        && hedges.equals(a.hedges);
  }

  @Override
  public int hashCode() {
    return Objects.hash(symbols, currencyWords, hedges);
  }
}
