package org.tidings.nlp.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tidings.nlp.WordClusters;

/**
 * Learns {@link WordClusters} from unlabelled sentences with the exchange algorithm (Kneser and Ney
 * 1993; Martin, Liermann and Ney 1998): start from classes dealt out by frequency, then move each
 * word to the class that most raises the likelihood of a class bigram model, sum over class pairs
 * of N(c,d) log N(c,d) minus twice the sum over classes of N(c) log N(c), until few words move. The
 * same objective Brown clustering greedily merges on, but flat, so it runs in minutes on a few
 * million words. Run once per granularity. Deterministic.
 */
public final class WordClusterer {
  private final int minCount;
  private final int maxIterations;
  private final Consumer<String> log;

  /**
   * @param minCount words seen fewer times get no class
   * @param maxIterations most passes over the vocabulary per granularity
   * @param log progress lines
   */
  public WordClusterer(int minCount, int maxIterations, Consumer<String> log) {
    this.minCount = minCount;
    this.maxIterations = maxIterations;
    this.log = log;
  }

  /** Classes at each of {@code sizes} granularities for the words of {@code sentences}. */
  public WordClusters train(List<List<String>> sentences, int[] sizes) {
    Map<String, int[]> counts = new HashMap<>();
    for (List<String> s : sentences) {
      for (String w : s) {
        counts.computeIfAbsent(WordClusters.normalise(w), k -> new int[1])[0]++;
      }
    }
    List<String> vocab = new ArrayList<>();
    counts.forEach(
        (w, c) -> {
          if (c[0] >= minCount) {
            vocab.add(w);
          }
        });
    vocab.sort(
        (a, b) ->
            counts.get(b)[0] != counts.get(a)[0]
                ? counts.get(b)[0] - counts.get(a)[0]
                : a.compareTo(b));
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) {
      ids.put(vocab.get(i), i);
    }
    int rare = vocab.size();
    int boundary = rare + 1;
    int words = rare + 2;
    Bigrams bigrams = Bigrams.of(sentences, ids, rare, boundary, words);
    log.accept(
        String.format(
            java.util.Locale.ROOT,
            "%d words, %d classed (count >= %d), %d tokens, %d distinct bigrams",
            counts.size(),
            vocab.size(),
            minCount,
            bigrams.tokens,
            bigrams.distinct));
    int[][] classes = new int[sizes.length][];
    int[] last = null;
    for (int l = 0; l < sizes.length; l++) {
      last = exchange(bigrams, sizes[l], last, l == 0 ? 1 : sizes[l - 1]);
      classes[l] = Arrays.copyOf(last, vocab.size());
    }
    return WordClusters.of(vocab.toArray(new String[0]), sizes, classes);
  }

  /** Word bigram counts as adjacency lists both ways, plus word counts. */
  private static final class Bigrams {
    int[] count;
    int[][] next; // next[w] = successor ids
    int[][] nextN;
    int[][] prev;
    int[][] prevN;
    long tokens;
    int distinct;

    static Bigrams of(
        List<List<String>> sentences, Map<String, Integer> ids, int rare, int boundary, int words) {
      long total = 0;
      for (List<String> s : sentences) {
        total += s.size() + 1;
      }
      long[] pairs = new long[(int) total];
      int k = 0;
      Bigrams b = new Bigrams();
      b.count = new int[words];
      for (List<String> s : sentences) {
        int last = boundary;
        b.count[boundary]++;
        for (String w : s) {
          int id = ids.getOrDefault(WordClusters.normalise(w), rare);
          b.count[id]++;
          pairs[k++] = ((long) last << 32) | id;
          last = id;
        }
        pairs[k++] = ((long) last << 32) | boundary;
      }
      b.tokens = total;
      Arrays.sort(pairs);
      int[] outDegree = new int[words];
      int[] inDegree = new int[words];
      for (int i = 0; i < pairs.length; i++) {
        if (i == 0 || pairs[i] != pairs[i - 1]) {
          outDegree[(int) (pairs[i] >>> 32)]++;
          inDegree[(int) pairs[i]]++;
          b.distinct++;
        }
      }
      b.next = new int[words][];
      b.nextN = new int[words][];
      b.prev = new int[words][];
      b.prevN = new int[words][];
      for (int w = 0; w < words; w++) {
        b.next[w] = new int[outDegree[w]];
        b.nextN[w] = new int[outDegree[w]];
        b.prev[w] = new int[inDegree[w]];
        b.prevN[w] = new int[inDegree[w]];
      }
      int[] outFill = new int[words];
      int[] inFill = new int[words];
      int i = 0;
      while (i < pairs.length) {
        int j = i;
        while (j < pairs.length && pairs[j] == pairs[i]) {
          j++;
        }
        int from = (int) (pairs[i] >>> 32);
        int to = (int) pairs[i];
        b.next[from][outFill[from]] = to;
        b.nextN[from][outFill[from]++] = j - i;
        b.prev[to][inFill[to]] = from;
        b.prevN[to][inFill[to]++] = j - i;
        i = j;
      }
      return b;
    }
  }

  /**
   * Flat classes of every word (and the rare-word and boundary pseudo-words) into k classes,
   * starting from the coarser classes {@code parent} (of {@code parentK}) if given, each split in k
   * / parentK, so a finer level converges in fewer passes and mostly refines the coarser one.
   */
  private int[] exchange(Bigrams g, int k, int[] parent, int parentK) {
    int words = g.count.length;
    int[] cls = new int[words];
    int split = Math.max(1, k / parentK);
    int[] dealt = new int[k];
    for (int w = 0; w < words; w++) {
      // words are in frequency order: deal them out like cards, within their coarser class
      int base = parent == null ? 0 : Math.min(parent[w] * split, k - split);
      int width = parent == null ? k : split;
      cls[w] = base + dealt[base]++ % width;
    }
    long[] pair = new long[k * k]; // N(c,d) = pair[c * k + d]
    long[] uni = new long[k];
    for (int w = 0; w < words; w++) {
      uni[cls[w]] += g.count[w];
      for (int j = 0; j < g.next[w].length; j++) {
        pair[cls[w] * k + cls[g.next[w][j]]] += g.nextN[w][j];
      }
    }
    double[] table = new double[(int) Math.min(g.tokens + 2, 1 << 23)];
    for (int x = 1; x < table.length; x++) {
      table[x] = x * Math.log(x);
    }
    long[] right = new long[k]; // w followed by a word of class d
    long[] left = new long[k]; // a word of class d followed by w
    int[] rightNz = new int[k];
    int[] leftNz = new int[k];
    for (int it = 1; it <= maxIterations; it++) {
      long t0 = System.nanoTime();
      int moved = 0;
      for (int w = 0; w < words; w++) {
        long self = 0;
        int nr = 0;
        for (int j = 0; j < g.next[w].length; j++) {
          int v = g.next[w][j];
          if (v == w) {
            self += g.nextN[w][j];
            continue;
          }
          int d = cls[v];
          if (right[d] == 0) {
            rightNz[nr++] = d;
          }
          right[d] += g.nextN[w][j];
        }
        int nl = 0;
        for (int j = 0; j < g.prev[w].length; j++) {
          int u = g.prev[w][j];
          if (u == w) {
            continue;
          }
          int d = cls[u];
          if (left[d] == 0) {
            leftNz[nl++] = d;
          }
          left[d] += g.prevN[w][j];
        }
        int a = cls[w];
        move(pair, uni, k, a, -1, right, rightNz, nr, left, leftNz, nl, self, g.count[w]);
        int best = a;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < k; b++) {
          double gain = 0;
          int row = b * k;
          for (int x = 0; x < nr; x++) {
            int d = rightNz[x];
            if (d != b) {
              long n = pair[row + d];
              gain += f(table, n + right[d]) - f(table, n);
            }
          }
          for (int x = 0; x < nl; x++) {
            int d = leftNz[x];
            if (d != b) {
              long n = pair[d * k + b];
              gain += f(table, n + left[d]) - f(table, n);
            }
          }
          long diag = pair[row + b];
          gain += f(table, diag + right[b] + left[b] + self) - f(table, diag);
          gain -= 2 * (f(table, uni[b] + g.count[w]) - f(table, uni[b]));
          if (gain > bestGain + 1e-9 || (b == a && gain >= bestGain - 1e-9)) {
            bestGain = gain;
            best = b;
          }
        }
        move(pair, uni, k, best, 1, right, rightNz, nr, left, leftNz, nl, self, g.count[w]);
        if (best != a) {
          cls[w] = best;
          moved++;
        }
        for (int x = 0; x < nr; x++) {
          right[rightNz[x]] = 0;
        }
        for (int x = 0; x < nl; x++) {
          left[leftNz[x]] = 0;
        }
      }
      log.accept(
          String.format(
              java.util.Locale.ROOT,
              "k=%d iteration %d: %d words moved, objective %.6e (%.1f s)",
              k,
              it,
              moved,
              objective(pair, uni, table),
              (System.nanoTime() - t0) / 1e9));
      if (moved < words / 200) {
        break;
      }
    }
    return cls;
  }

  /** Adds (sign 1) or removes (sign -1) a word's bigram counts to or from class c. */
  private static void move(
      long[] pair,
      long[] uni,
      int k,
      int c,
      int sign,
      long[] right,
      int[] rightNz,
      int nr,
      long[] left,
      int[] leftNz,
      int nl,
      long self,
      int count) {
    for (int x = 0; x < nr; x++) {
      int d = rightNz[x];
      pair[c * k + d] += sign * right[d];
    }
    for (int x = 0; x < nl; x++) {
      int d = leftNz[x];
      pair[d * k + c] += sign * left[d];
    }
    pair[c * k + c] += sign * self;
    uni[c] += sign * count;
  }

  private static double f(double[] table, long x) {
    return x < table.length ? table[(int) x] : x * Math.log(x);
  }

  private static double objective(long[] pair, long[] uni, double[] table) {
    double o = 0;
    for (long n : pair) {
      o += f(table, n);
    }
    for (long n : uni) {
      o -= 2 * f(table, n);
    }
    return o;
  }
}
