package org.tidings.eval.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Scrapinghub article extraction benchmark metric: per document, true and false positive and
 * false negative counts over 4-word shingles of {@code \w+} tokens, normalized to sum to one;
 * precision and recall averaged over documents; F1 of the two means.
 */
final class ShingleScore {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private final List<double[]> documents = new ArrayList<>();

  /** Scores one document. */
  void add(String truth, String prediction) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(prediction);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    for (List<String> k : keys) {
      int tc = t.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double s = tp + fp + fn;
    if (s > 0) {
      tp /= s;
      fp /= s;
      fn /= s;
    }
    documents.add(new double[] {tp, fp, fn});
  }

  /** F1 of one document pair, for listing the worst pages. */
  static double f1(String truth, String prediction) {
    ShingleScore one = new ShingleScore();
    one.add(truth, prediction);
    return one.f1();
  }

  double precision() {
    double sum = 0;
    int n = 0;
    for (double[] d : documents) {
      if (d[0] + d[1] > 0) {
        sum += precision(d[0], d[1], d[2]);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  double recall() {
    double sum = 0;
    int n = 0;
    for (double[] d : documents) {
      if (d[0] + d[2] > 0) {
        sum += recall(d[0], d[1], d[2]);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  int size() {
    return documents.size();
  }

  private static double precision(double tp, double fp, double fn) {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    if (tp == 0 && fp == 0) {
      return 0;
    }
    return tp / (tp + fp);
  }

  private static double recall(double tp, double fp, double fn) {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    if (tp == 0 && fn == 0) {
      return 0;
    }
    return tp / (tp + fn);
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) {
        out.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return out;
  }
}
