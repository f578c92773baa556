package org.tidings.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a cardinal number from tokens: digits with thousands and decimals ("1,500.5"), a short
 * magnitude suffix ("300m", "1.2bn"), number words ("twenty-five", "two hundred and fifty", "two
 * dozen", "a million") and a magnitude word after digits ("5 billion").
 */
final class NumberReader {
  /** A number read from tokens {@code [start, end)}. */
  record Reading(double value, int end, boolean inWords) {}

  private static final Set<String> SEPARATE_SHORT = Set.of("bn", "mn", "mln", "bln", "tn", "trn");

  private final Map<String, Double> words;

  NumberReader(Map<String, Double> words) {
    this.words = Map.copyOf(words);
  }

  static NumberReader standard() {
    Map<String, String> table = LineResource.table("numbers.tsv");
    Map<String, Double> words = new HashMap<>();
    table.forEach((w, v) -> words.put(w, Double.parseDouble(v)));
    return new NumberReader(words);
  }

  /** Whether {@code word} (lower case) is a magnitude: hundred, million, bn. */
  boolean isMagnitude(String word) {
    Double v = words.get(word);
    return v != null && v >= 100 && !word.equals("score");
  }

  /** The number starting at token {@code i} of {@code lower} (lower-cased tokens), or null. */
  Reading read(List<String> lower, int i) {
    String t = lower.get(i);
    if (t.isEmpty()) {
      return null;
    }
    if (Character.isDigit(t.charAt(0))) {
      return readDigits(lower, i);
    }
    return readWords(lower, i);
  }

  private Reading readDigits(List<String> lower, int i) {
    String t = lower.get(i);
    int k = 0;
    while (k < t.length()
        && (Character.isDigit(t.charAt(k)) || t.charAt(k) == ',' || t.charAt(k) == '.')) {
      k++;
    }
    double value;
    try {
      value = Double.parseDouble(t.substring(0, k).replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
    if (k < t.length()) {
      Double mag = words.get(t.substring(k));
      if (mag == null || mag < 1000) {
        return null; // "24th", "7apr2014", "t-90s"
      }
      return new Reading(value * mag, i + 1, false);
    }
    int end = i + 1;
    if (end < lower.size()
        && (SEPARATE_SHORT.contains(lower.get(end)) || isLongMagnitude(lower.get(end)))) {
      value *= words.get(lower.get(end));
      end++;
      if (end < lower.size() && isLongMagnitude(lower.get(end))) {
        value *= words.get(lower.get(end)); // "5.25 lakh crore" (Indian numbering): 5.25e12
        end++;
      }
    }
    return new Reading(value, end, false);
  }

  private boolean isLongMagnitude(String w) {
    return isMagnitude(w) && w.length() > 3;
  }

  private Reading readWords(List<String> lower, int i) {
    double total = 0;
    double current = 0;
    boolean any = false;
    int j = i;
    while (j < lower.size()) {
      String w = lower.get(j);
      if ((w.equals("a") || w.equals("an")) && j == i && j + 1 < lower.size()) {
        Double next = words.get(lower.get(j + 1));
        if (next != null && (next >= 100 || next == 12)) {
          current = 1;
          j++;
          continue;
        }
        return null;
      }
      if (w.equals("and") && any && j + 1 < lower.size() && small(lower.get(j + 1)) > 0) {
        j++;
        continue;
      }
      double small = small(w);
      Double v = words.get(w);
      if (small > 0 || w.equals("zero")) {
        double rem = current % 100;
        if (rem != 0 && !(rem % 10 == 0 && rem >= 20 && small < 10)) {
          break; // "five six" is two numbers; "twenty five" is one
        }
        current += small;
      } else if (v != null && (v == 12 || v == 20) && w.length() > 2) {
        current = Math.max(current, 1) * v; // dozen, score
      } else if (v != null && v == 100) {
        current = Math.max(current, 1) * 100;
      } else if (v != null && v >= 1000 && w.length() > 3) {
        total += Math.max(current, 1) * v;
        current = 0;
      } else {
        break;
      }
      any = true;
      j++;
    }
    if (!any || j == i) {
      return null;
    }
    return new Reading(total + current, j, true);
  }

  /** The value of "one".."ninety" and hyphened "twenty-five", else 0. */
  private double small(String w) {
    int dash = w.indexOf('-');
    if (dash > 0) {
      double tens = small(w.substring(0, dash));
      double ones = small(w.substring(dash + 1));
      return tens >= 20 && tens % 10 == 0 && ones > 0 && ones < 10 ? tens + ones : 0;
    }
    Double v = words.get(w);
    return v != null && v > 0 && v < 100 && !w.equals("dozen") && !w.equals("score") ? v : 0;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
