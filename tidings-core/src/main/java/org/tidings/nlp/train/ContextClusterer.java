package org.tidings.nlp.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.tidings.nlp.WordClusters;

/**
 * Learns word classes from distributional vectors, to complement {@link WordClusterer}'s
 * class-bigram classes (Turian, Ratinov and Bengio 2010 found the two kinds add up): each word's
 * counts of the frequent words one and two places either side of it, weighted by positive pointwise
 * mutual information (context counts smoothed to the power 0.75, Levy, Goldberg and Dagan 2015),
 * reduced to {@code dims} dimensions by a randomised range finder with power iterations (Halko,
 * Martinsson and Tropp 2011; the rows projected on the top right singular subspace, which has the
 * geometry of the truncated SVD up to a rotation), normalised to unit length and grouped by k-means
 * at each of the sizes asked for. Deterministic for a given seed.
 */
public final class ContextClusterer {
  private final int minCount;
  private final int contexts;
  private final int dims;
  private final int iterations;
  private final long seed;
  private final Consumer<String> log;
  private boolean caseContexts;
  private boolean namesOnly;

  /**
   * @param minCount words seen fewer times get no class
   * @param contexts how many of the most frequent words serve as contexts
   * @param dims dimensions of the reduced vectors
   * @param iterations k-means iterations
   */
  public ContextClusterer(
      int minCount, int contexts, int dims, int iterations, long seed, Consumer<String> log) {
    this.minCount = minCount;
    this.contexts = contexts;
    this.dims = dims;
    this.iterations = iterations;
    this.seed = seed;
    this.log = log;
  }

  /**
   * This clusterer with context words told apart by whether they are capitalised ("said Ventura"
   * versus "said nothing"), doubling the contexts.
   */
  public ContextClusterer caseContexts(boolean on) {
    ContextClusterer c = new ContextClusterer(minCount, contexts, dims, iterations, seed, log);
    c.caseContexts = on;
    c.namesOnly = namesOnly;
    return c;
  }

  /**
   * This clusterer counting a word's contexts only where it is capitalised mid-sentence, as a name
   * would be, so the classes group names by how names are used ("Ventura hit" with other batters).
   */
  public ContextClusterer namesOnly(boolean on) {
    ContextClusterer c = new ContextClusterer(minCount, contexts, dims, iterations, seed, log);
    c.caseContexts = caseContexts;
    c.namesOnly = on;
    return c;
  }

  /** Classes at each of {@code sizes} for the words of {@code sentences}. */
  public WordClusters train(List<List<String>> sentences, int[] sizes) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> s : sentences) {
      for (String w : s) {
        counts.merge(WordClusters.normalise(w), 1, Integer::sum);
      }
    }
    List<String> vocab = new ArrayList<>();
    counts.forEach(
        (w, c) -> {
          if (c >= minCount) {
            vocab.add(w);
          }
        });
    vocab.sort(
        (a, b) ->
            counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
    Map<String, Integer> row = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) {
      row.put(vocab.get(i), i);
    }
    int nc = Math.min(contexts, vocab.size()) + 2; // the last two: sentence start and end
    int variants = caseContexts ? 2 : 1;
    int cols = nc * 4 * variants;
    int v = vocab.size();
    LongCounts pairs = new LongCounts(1 << 22);
    for (List<String> s : sentences) {
      int[] ids = new int[s.size()];
      boolean[] cap = new boolean[s.size()];
      for (int i = 0; i < ids.length; i++) {
        Integer r = row.get(WordClusters.normalise(s.get(i)));
        ids[i] = r == null ? -1 : r;
        cap[i] = caseContexts && !s.get(i).isEmpty() && Character.isUpperCase(s.get(i).charAt(0));
      }
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] < 0
            || (namesOnly
                && (i == 0 || s.get(i).isEmpty() || !Character.isUpperCase(s.get(i).charAt(0))))) {
          continue;
        }
        int slot = 0;
        for (int d = -2; d <= 2; d++) {
          if (d == 0) {
            continue;
          }
          int j = i + d;
          int c;
          if (j < 0) {
            c = nc - 2;
          } else if (j >= ids.length) {
            c = nc - 1;
          } else {
            c = ids[j] >= 0 && ids[j] < nc - 2 ? ids[j] : -1;
          }
          if (c >= 0) {
            int variant = j >= 0 && j < ids.length && cap[j] ? 1 : 0;
            pairs.add((long) ids[i] * cols + (c * 4L + slot) * variants + variant);
          }
          slot++;
        }
      }
    }
    Sparse x = ppmi(pairs, v, cols);
    log.accept(
        String.format(
            java.util.Locale.ROOT,
            "%d words, %d contexts, %d non-zeros",
            v,
            cols,
            x.values.length));
    float[][] e = reduce(x, new Random(seed));
    for (float[] r : e) {
      normalise(r);
    }
    int[][] classes = new int[sizes.length][];
    for (int l = 0; l < sizes.length; l++) {
      classes[l] = kmeans(e, sizes[l], new Random(seed + l));
      for (int r = 0; r < v; r++) {
        if (x.start[r] == x.start[r + 1]) {
          classes[l][r] = -1; // no contexts counted (with namesOnly: never a mid-sentence name)
        }
      }
    }
    return WordClusters.of(vocab.toArray(new String[0]), sizes, classes);
  }

  /** A sparse matrix in compressed rows. */
  private record Sparse(int rows, int cols, int[] start, int[] col, float[] values) {}

  private static Sparse ppmi(LongCounts pairs, int rows, int cols) {
    long[] keys = pairs.keys();
    Arrays.sort(keys);
    double[] rowSum = new double[rows];
    double[] colSum = new double[cols];
    double total = 0;
    for (long k : keys) {
      int c = pairs.get(k);
      rowSum[(int) (k / cols)] += c;
      colSum[(int) (k % cols)] += c;
      total += c;
    }
    double smoothedTotal = 0;
    for (int c = 0; c < cols; c++) {
      colSum[c] = Math.pow(colSum[c], 0.75);
      smoothedTotal += colSum[c];
    }
    int[] start = new int[rows + 1];
    int[] col = new int[keys.length];
    float[] values = new float[keys.length];
    int n = 0;
    for (long k : keys) {
      int r = (int) (k / cols);
      int c = (int) (k % cols);
      double pmi = Math.log(pairs.get(k) * smoothedTotal / (rowSum[r] * colSum[c]));
      if (pmi > 0) {
        col[n] = c;
        values[n] = (float) pmi;
        start[r + 1]++;
        n++;
      }
    }
    for (int r = 0; r < rows; r++) {
      start[r + 1] += start[r];
    }
    return new Sparse(rows, cols, start, Arrays.copyOf(col, n), Arrays.copyOf(values, n));
  }

  /** X times the columns of {@code p} (cols x k): rows x k. */
  private static float[][] times(Sparse x, float[][] p, int k) {
    float[][] out = new float[x.rows][k];
    for (int r = 0; r < x.rows; r++) {
      float[] o = out[r];
      for (int q = x.start[r]; q < x.start[r + 1]; q++) {
        float val = x.values[q];
        float[] pr = p[x.col[q]];
        for (int j = 0; j < k; j++) {
          o[j] += val * pr[j];
        }
      }
    }
    return out;
  }

  /** X transposed times {@code y} (rows x k): cols x k. */
  private static float[][] transposeTimes(Sparse x, float[][] y, int k) {
    float[][] out = new float[x.cols][k];
    for (int r = 0; r < x.rows; r++) {
      float[] yr = y[r];
      for (int q = x.start[r]; q < x.start[r + 1]; q++) {
        float val = x.values[q];
        float[] o = out[x.col[q]];
        for (int j = 0; j < k; j++) {
          o[j] += val * yr[j];
        }
      }
    }
    return out;
  }

  /** The rows of X projected on an orthonormal basis of its top right singular subspace. */
  private float[][] reduce(Sparse x, Random random) {
    int k = Math.min(dims, x.cols);
    float[][] omega = new float[x.rows][k];
    for (float[] r : omega) {
      for (int j = 0; j < k; j++) {
        r[j] = (float) random.nextGaussian();
      }
    }
    float[][] p = orthonormal(transposeTimes(x, omega, k), k);
    for (int q = 0; q < 3; q++) {
      p = orthonormal(transposeTimes(x, times(x, p, k), k), k);
    }
    return times(x, p, k);
  }

  /** Gram-Schmidt on the k columns of {@code a} (n x k), in place. */
  private static float[][] orthonormal(float[][] a, int k) {
    int n = a.length;
    for (int j = 0; j < k; j++) {
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < j; i++) {
          double dot = 0;
          for (int r = 0; r < n; r++) {
            dot += a[r][i] * a[r][j];
          }
          for (int r = 0; r < n; r++) {
            a[r][j] -= (float) (dot * a[r][i]);
          }
        }
      }
      double norm = 0;
      for (int r = 0; r < n; r++) {
        norm += a[r][j] * a[r][j];
      }
      float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
      for (int r = 0; r < n; r++) {
        a[r][j] *= inv;
      }
    }
    return a;
  }

  private static void normalise(float[] r) {
    double norm = 0;
    for (float f : r) {
      norm += f * f;
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int j = 0; j < r.length; j++) {
        r[j] *= inv;
      }
    }
  }

  /** Spherical k-means: each row to the centre with the largest dot product. */
  private int[] kmeans(float[][] e, int k, Random random) {
    int n = e.length;
    int d = e[0].length;
    float[][] centres = new float[k][];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (int c = 0; c < k; c++) {
      centres[c] = e[order[c]].clone();
    }
    int[] assign = new int[n];
    for (int it = 0; it < iterations; it++) {
      int moved = 0;
      for (int i = 0; i < n; i++) {
        float[] x = e[i];
        int best = 0;
        float bestDot = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          float[] m = centres[c];
          float dot = 0;
          for (int j = 0; j < d; j++) {
            dot += x[j] * m[j];
          }
          if (dot > bestDot) {
            bestDot = dot;
            best = c;
          }
        }
        if (assign[i] != best || it == 0) {
          moved++;
        }
        assign[i] = best;
      }
      float[][] sums = new float[k][d];
      int[] sizes = new int[k];
      for (int i = 0; i < n; i++) {
        sizes[assign[i]]++;
        float[] s = sums[assign[i]];
        for (int j = 0; j < d; j++) {
          s[j] += e[i][j];
        }
      }
      for (int c = 0; c < k; c++) {
        if (sizes[c] == 0) {
          sums[c] = e[order[random.nextInt(n)]].clone();
        }
        normalise(sums[c]);
        centres[c] = sums[c];
      }
      log.accept(
          String.format(
              java.util.Locale.ROOT, "k-means %d: iteration %d, %d moved", k, it + 1, moved));
    }
    return assign;
  }

  /** Counts keyed by a long, open addressing. */
  private static final class LongCounts {
    private long[] keys;
    private int[] values;
    private int size;

    LongCounts(int capacity) {
      keys = new long[capacity];
      Arrays.fill(keys, -1);
      values = new int[capacity];
    }

    void add(long key) {
      if (size * 2 >= keys.length) {
        grow();
      }
      int i = slot(keys, key);
      if (keys[i] == -1) {
        keys[i] = key;
        size++;
      }
      values[i]++;
    }

    int get(long key) {
      int i = slot(keys, key);
      return keys[i] == -1 ? 0 : values[i];
    }

    long[] keys() {
      long[] out = new long[size];
      int n = 0;
      for (long k : keys) {
        if (k != -1) {
          out[n++] = k;
        }
      }
      return out;
    }

    private static int slot(long[] keys, long key) {
      int mask = keys.length - 1;
      int i = (int) (mix(key) & mask);
      while (keys[i] != -1 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      return i;
    }

    private static long mix(long x) {
      x ^= x >>> 33;
      x *= 0xff51afd7ed558ccdL;
      x ^= x >>> 33;
      return x;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      Arrays.fill(keys, -1);
      values = new int[keys.length];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != -1) {
          int j = slot(keys, oldKeys[i]);
          keys[j] = oldKeys[i];
          values[j] = oldValues[i];
        }
      }
    }
  }
}
