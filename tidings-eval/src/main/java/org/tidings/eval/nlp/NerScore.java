package org.tidings.eval.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact-span chunk precision, recall and F1 per type, as conlleval counts them: a predicted chunk
 * counts only if its start, end and type all match a gold chunk.
 */
public final class NerScore {
  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {tp, predicted, gold}
  private final Set<String> types;

  /** Scores only chunks of {@code types}; others are ignored on both sides. */
  public NerScore(Set<String> types) {
    this.types = types;
  }

  public void add(List<String> gold, List<String> predicted) {
    List<String> g = chunks(gold);
    List<String> p = chunks(predicted);
    for (String c : p) {
      count(type(c))[1]++;
      if (g.contains(c)) {
        count(type(c))[0]++;
      }
    }
    for (String c : g) {
      count(type(c))[2]++;
    }
  }

  private int[] count(String type) {
    return counts.computeIfAbsent(type, t -> new int[3]);
  }

  private static String type(String chunk) {
    return chunk.substring(chunk.lastIndexOf(' ') + 1);
  }

  /** Chunks as "start end type" strings; an I- without its B- starts a chunk, as conlleval. */
  private List<String> chunks(List<String> tags) {
    List<String> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String t = i < tags.size() ? tags.get(i) : "O";
      String ty = t.length() > 2 ? t.substring(2) : null;
      boolean inside = t.startsWith("I-") && ty.equals(type);
      if (start >= 0 && !inside) {
        if (types.contains(type)) {
          out.add(start + " " + (i - 1) + " " + type);
        }
        start = -1;
        type = null;
      }
      if (t.startsWith("B-") || (t.startsWith("I-") && start < 0)) {
        start = i;
        type = ty;
      }
    }
    return out;
  }

  /** Micro-averaged F1 over all types. */
  public double f1() {
    int[] all = total();
    return f1(all);
  }

  private int[] total() {
    int[] all = new int[3];
    for (int[] c : counts.values()) {
      for (int k = 0; k < 3; k++) {
        all[k] += c[k];
      }
    }
    return all;
  }

  private static double f1(int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT, "%-6s %9s %9s %9s %7s%n", "type", "precision", "recall", "F1", "gold"));
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      line(b, e.getKey(), e.getValue());
    }
    line(b, "ALL", total());
    return b.toString();
  }

  private static void line(StringBuilder b, String type, int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    b.append(String.format(Locale.ROOT, "%-6s %9.4f %9.4f %9.4f %7d%n", type, p, r, f1(c), c[2]));
  }
}
