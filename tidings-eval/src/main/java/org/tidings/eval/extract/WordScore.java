package org.tidings.eval.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WCXB benchmark's own body metric ({@code word_f1} in its README): per page, precision, recall
 * and F1 of the bag of lower-cased {@code \w+} words against the gold text; each averaged over
 * pages. A page whose gold text is empty scores 1 when nothing was extracted and 0 otherwise; a
 * page with gold text and nothing extracted scores 0.
 */
final class WordScore {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private double precision;
  private double recall;
  private double f1;
  private int pages;

  /** Scores one page; returns its F1. */
  double add(String truth, String prediction) {
    Map<String, Integer> t = words(truth);
    Map<String, Integer> p = words(prediction);
    pages++;
    if (t.isEmpty() || p.isEmpty()) {
      double s = t.isEmpty() && p.isEmpty() ? 1 : 0;
      precision += s;
      recall += s;
      f1 += s;
      return s;
    }
    long overlap = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      overlap += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
    }
    double pr = (double) overlap / count(p);
    double re = (double) overlap / count(t);
    double f = pr + re > 0 ? 2 * pr * re / (pr + re) : 0;
    precision += pr;
    recall += re;
    f1 += f;
    return f;
  }

  int pages() {
    return pages;
  }

  double precision() {
    return pages == 0 ? 0 : precision / pages;
  }

  double recall() {
    return pages == 0 ? 0 : recall / pages;
  }

  double f1() {
    return pages == 0 ? 0 : f1 / pages;
  }

  private static Map<String, Integer> words(String text) {
    Map<String, Integer> out = new HashMap<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.merge(m.group(), 1, Integer::sum);
    }
    return out;
  }

  private static long count(Map<String, Integer> bag) {
    long n = 0;
    for (int c : bag.values()) {
      n += c;
    }
    return n;
  }
}
