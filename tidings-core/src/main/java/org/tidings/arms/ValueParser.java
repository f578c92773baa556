package org.tidings.arms;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.model.Amount;
import org.tidings.model.Span;

/**
 * Reads simple money values ("$5 billion", "€300m", "1.5 billion euros", "around $5bn") for when
 * the language stage has not filled in amounts.
 */
final class ValueParser {
  private static final String HEDGE =
      "(?:(around|about|some|nearly|almost|roughly|approximately|an estimated|estimated at"
          + "|more than|over|up to|at least|close to|reportedly)\\s+)?";
  private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
  private static final String SCALE =
      "(trillion|billion|million|thousand|bn|mn|tn|m|b|k|mln|mld|bln)?";
  private static final Pattern SYMBOL_FIRST =
      Pattern.compile(
          "(?i)"
              + HEDGE
              + "(US\\$|U\\.S\\.\\s?\\$|A\\$|C\\$|\\$|€|£|¥|₹|USD\\s?|EUR\\s?|GBP\\s?|RUB\\s?"
              + "|Rs\\.?\\s?)"
              + NUMBER
              + "(?:\\s?"
              + SCALE
              + ")\\b");
  private static final Pattern WORD_AFTER =
      Pattern.compile(
          "(?i)"
              + HEDGE
              + NUMBER
              + "\\s?"
              + SCALE
              + "\\s+(?:(us|american|u\\.s\\.)\\s+)?(dollars?|euros?|pounds?(?: sterling)?|roubles?"
              + "|rubles?|yuan|renminbi|rupees?|yen|shekels?|liras?|won)\\b");
  private static final Map<String, String> CURRENCY =
      Map.ofEntries(
          Map.entry("us$", "USD"),
          Map.entry("$", "USD"),
          Map.entry("usd", "USD"),
          Map.entry("a$", "AUD"),
          Map.entry("c$", "CAD"),
          Map.entry("€", "EUR"),
          Map.entry("eur", "EUR"),
          Map.entry("£", "GBP"),
          Map.entry("gbp", "GBP"),
          Map.entry("¥", "JPY"),
          Map.entry("₹", "INR"),
          Map.entry("rs", "INR"),
          Map.entry("rub", "RUB"),
          Map.entry("dollar", "USD"),
          Map.entry("euro", "EUR"),
          Map.entry("pound", "GBP"),
          Map.entry("rouble", "RUB"),
          Map.entry("ruble", "RUB"),
          Map.entry("yuan", "CNY"),
          Map.entry("renminbi", "CNY"),
          Map.entry("rupee", "INR"),
          Map.entry("yen", "JPY"),
          Map.entry("shekel", "ILS"),
          Map.entry("lira", "TRY"),
          Map.entry("won", "KRW"));

  private ValueParser() {}

  /** The first money value within {@code [from, to)}, if any. */
  static Optional<Amount> find(String text, int from, int to) {
    Amount best = null;
    Matcher m = SYMBOL_FIRST.matcher(text).region(from, to);
    if (m.find()) {
      best = amount(m, m.group(2), m.group(3), m.group(4));
    }
    m = WORD_AFTER.matcher(text).region(from, to);
    if (m.find() && (best == null || m.start() < best.span().start())) {
      best = amount(m, m.group(5), m.group(2), m.group(3));
    }
    return Optional.ofNullable(best);
  }

  private static Amount amount(Matcher m, String currency, String number, String scale) {
    String unit = currency(currency);
    double value = Double.parseDouble(number.replace(",", "")) * scale(scale);
    boolean approximate = m.group(1) != null;
    return new Amount(new Span(m.start(), m.end()), m.group(), value, unit, approximate);
  }

  private static String currency(String symbol) {
    String key = symbol.toLowerCase(Locale.ROOT).replace("sterling", "").replaceAll("[\\s.]", "");
    if (key.endsWith("$") && key.startsWith("u")) {
      return "USD";
    }
    if (key.endsWith("s") && key.length() > 3) {
      key = key.substring(0, key.length() - 1);
    }
    return CURRENCY.getOrDefault(key, "USD");
  }

  private static double scale(String scale) {
    if (scale == null) {
      return 1;
    }
    return switch (scale.toLowerCase(Locale.ROOT)) {
      case "trillion", "tn" -> 1e12;
      case "billion", "bn", "b", "bln", "mld" -> 1e9;
      case "million", "mn", "m", "mln" -> 1e6;
      case "thousand", "k" -> 1e3;
      default -> 1;
    };
  }
}
