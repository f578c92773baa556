package org.tidings.arms;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how many items a mention counts from the words just before it: "24 Su-30SM", "twelve new
 * Mi-17 helicopters", "two dozen tanks", "a batch of 12", "36 units of", "up to 1,200".
 */
final class QuantityParser {
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("a single", 1),
          Map.entry("two", 2),
          Map.entry("a pair of", 2),
          Map.entry("a couple of", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("a dozen", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("a hundred", 100),
          Map.entry("one hundred", 100),
          Map.entry("hundred", 100));

  private static final String NUMBER_WORD =
      "a single|a pair of|a couple of|a dozen|a hundred|one hundred|one|two|three|four|five|six"
          + "|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
          + "|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred";

  /** Number, then an optional "dozen", then "units of" and up to two modifiers, then the item. */
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?i)(?<![\\w$€£.,/-])(\\d{1,3}(?:,\\d{3})+|\\d+|(?:(?:"
              + NUMBER_WORD
              + ")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))"
              + "(\\s+dozen)?"
              + "(?:\\s+(?:units?|batch(?:es)?|pieces?|items?|sets?|systems?|batter(?:y|ies)"
              + "|squadrons?)\\s+of)?"
              + "(?:\\s+(?:more|new|additional|modern|advanced|upgraded|used|refurbished"
              + "|second-hand|extra|further|latest|[\\p{L}]+-made|[\\p{L}]+-built|\\p{Lu}[\\p{L}]+"
              + "|brand-new|surplus|combat|military|heavy|light))*"
              + "\\s+$");

  private QuantityParser() {}

  /** The number of items stated just before {@code itemStart}, or 0. */
  static int before(String text, int sentenceStart, int itemStart) {
    int from = Math.max(sentenceStart, itemStart - 60);
    Matcher m = BEFORE.matcher(text).region(from, itemStart);
    if (!m.find()) {
      return 0;
    }
    String n = m.group(1).toLowerCase(Locale.ROOT);
    int value;
    if (Character.isDigit(n.charAt(0))) {
      String digits = n.replace(",", "");
      if (digits.length() > 7 || isYear(digits, text, m.start())) {
        return 0;
      }
      value = Integer.parseInt(digits);
    } else {
      value = words(n);
    }
    if (m.group(2) != null) {
      value *= 12;
    }
    return value;
  }

  /** "2009 tanks" is a count, "in 2009 tanks" a year: a four-digit year after a preposition. */
  private static boolean isYear(String digits, String text, int start) {
    if (digits.length() != 4 || digits.charAt(0) != '1' && digits.charAt(0) != '2') {
      return false;
    }
    int from = Math.max(0, start - 6);
    String before = text.substring(from, start).toLowerCase(Locale.ROOT);
    return before.matches(".*\\b(?:in|since|by|until|of|from|to|and)\\s+$")
        || Integer.parseInt(digits) >= 1940 && Integer.parseInt(digits) <= 2060;
  }

  private static int words(String n) {
    String[] parts = n.split("[- ]");
    if (WORDS.containsKey(n)) {
      return WORDS.get(n);
    }
    int total = 0;
    for (String p : parts) {
      total += WORDS.getOrDefault(p, 0);
    }
    return total;
  }
}
