package org.tidings.nlp.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.ObjIntConsumer;
import org.tidings.nlp.HashIndex;
import org.tidings.nlp.NerFeatures;
import org.tidings.nlp.PerceptronNer;

/**
 * Fits a {@link PerceptronNer} with the averaged structured perceptron (Collins 2002): decode each
 * sentence with Viterbi under the current weights, and where the best sequence differs from the
 * gold one, reward the gold labels' features and penalise the predicted ones. Weights are averaged
 * over every update so late noise does not dominate. Deterministic for a given seed.
 */
public final class NerTrainer {
  /**
   * The labels the tagger learns: BIO over the CoNLL-2003 types. (BILOU, which Ratinov and Roth
   * (2009) preferred, gave 0.9286 dev F1 against BIO's 0.9301 here.)
   */
  public static final List<String> LABELS =
      List.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC");

  /** The BILOU alternative, kept for experiments: it scored no better than BIO on CoNLL dev. */
  public static final List<String> BILOU_LABELS = bilou(List.of("PER", "ORG", "LOC", "MISC"));

  private static List<String> bilou(List<String> types) {
    List<String> out = new ArrayList<>();
    out.add("O");
    for (String t : types) {
      for (String p : List.of("B-", "I-", "L-", "U-")) {
        out.add(p + t);
      }
    }
    return List.copyOf(out);
  }

  /** BIO labels of one sentence as BILOU. */
  static List<String> toBilou(List<String> bio) {
    List<String> out = new ArrayList<>(bio.size());
    for (int i = 0; i < bio.size(); i++) {
      String l = bio.get(i);
      if (l.length() <= 2) {
        out.add("O");
        continue;
      }
      String type = l.substring(2);
      boolean begins =
          l.startsWith("B-")
              || i == 0
              || !bio.get(i - 1).endsWith("-" + type)
              || bio.get(i - 1).equals("O");
      String next = i + 1 < bio.size() ? bio.get(i + 1) : "O";
      boolean continues = next.equals("I-" + type);
      out.add((begins ? (continues ? "B-" : "U-") : (continues ? "I-" : "L-")) + type);
    }
    return out;
  }

  /** One labelled sentence. */
  public record Example(List<String> words, List<String> labels) {
    public Example {
      words = List.copyOf(words);
      labels = List.copyOf(labels);
      if (words.size() != labels.size()) {
        throw new IllegalArgumentException("words and labels differ in length");
      }
    }
  }

  private final NerFeatures features;
  private final int minCount;
  private final long seed;
  private final List<String> labels;
  private final double dropout;

  /**
   * @param features how words become features
   * @param minCount features seen fewer times in training are dropped
   * @param seed for the order sentences are visited in
   */
  public NerTrainer(NerFeatures features, int minCount, long seed) {
    this(features, minCount, seed, LABELS);
  }

  /** A trainer for {@code labels}: {@link #LABELS} (BIO) or {@link #BILOU_LABELS}. */
  public NerTrainer(NerFeatures features, int minCount, long seed, List<String> labels) {
    this(features, minCount, seed, labels, 0);
  }

  /**
   * A trainer that leaves each feature of each word out at random with probability {@code dropout}
   * whenever it visits a sentence, so no one feature (often the word itself) carries a decision
   * alone and the weights spread over the context, word classes and shapes that unseen names also
   * have.
   */
  public NerTrainer(
      NerFeatures features, int minCount, long seed, List<String> labels, double dropout) {
    if (dropout < 0 || dropout >= 1) {
      throw new IllegalArgumentException("dropout must be in [0, 1): " + dropout);
    }
    this.dropout = dropout;
    this.labels = List.copyOf(labels);
    this.features = Objects.requireNonNull(features);
    this.minCount = minCount;
    this.seed = seed;
  }

  /**
   * Trains for {@code epochs} passes; after each, {@code afterEpoch} is given the averaged model so
   * far and the epoch number (from 1). Returns the final averaged model.
   */
  public PerceptronNer train(
      List<List<Example>> documents, int epochs, ObjIntConsumer<PerceptronNer> afterEpoch) {
    return train(documents, d -> features, epochs, afterEpoch);
  }

  /**
   * Trains with the features of document {@code d} computed by {@code featuresOf.apply(d)}, for
   * stacking: features from word classes built by a tagger that never saw that document's labels.
   * The returned model decodes with this trainer's own features.
   */
  public PerceptronNer train(
      List<List<Example>> documents,
      java.util.function.IntFunction<NerFeatures> featuresOf,
      int epochs,
      ObjIntConsumer<PerceptronNer> afterEpoch) {
    int n = labels.size();
    List<Example> examples = new ArrayList<>();
    List<int[][]> raw = new ArrayList<>();
    HashIndex counts = new HashIndex(1 << 20);
    int[] count = new int[1 << 20];
    for (int d = 0; d < documents.size(); d++) {
      List<Example> document = documents.get(d);
      examples.addAll(document);
      List<List<String>> words = new ArrayList<>(document.size());
      for (Example e : document) {
        words.add(e.words());
      }
      for (int[][] f : featuresOf.apply(d).of(words)) {
        raw.add(f);
        for (int[] token : f) {
          for (int h : token) {
            int r = counts.add(h);
            if (r >= count.length) {
              count = java.util.Arrays.copyOf(count, count.length * 2);
            }
            count[r]++;
          }
        }
      }
    }
    HashIndex index = new HashIndex(counts.size());
    for (int h : NerFeatures.historyHashes()) {
      index.add(h);
    }
    int[] countKeys = counts.keysByRow();
    for (int r = 0; r < countKeys.length; r++) {
      if (count[r] >= minCount) {
        index.add(countKeys[r]);
      }
    }
    List<int[][]> rows = new ArrayList<>(raw.size());
    List<int[]> gold = new ArrayList<>(raw.size());
    for (int s = 0; s < raw.size(); s++) {
      rows.add(toRows(raw.get(s), index));
      List<String> bio = examples.get(s).labels();
      gold.add(labelIds(labels.contains("L-PER") ? toBilou(bio) : bio));
    }
    raw = null;
    Weights w = new Weights(index.size(), n);
    boolean[] allowed = PerceptronNer.allowedTransitions(labels);
    boolean[] finals = PerceptronNer.finalLabels(labels);
    List<int[]> order = new ArrayList<>(); // first and end sentence of each document
    int next = 0;
    for (List<Example> document : documents) {
      order.add(new int[] {next, next + document.size()});
      next += document.size();
    }
    Random random = new Random(seed);
    Random drops = new Random(seed * 31 + 7); // apart, so dropout leaves the visiting order as is
    for (int epoch = 1; epoch <= epochs; epoch++) {
      java.util.Collections.shuffle(order, random);
      for (int[] range : order) {
        NerFeatures.History history = new NerFeatures.History();
        for (int s = range[0]; s < range[1]; s++) {
          List<String> words = examples.get(s).words();
          int[][] f = withHistory(rows.get(s), words, history, index);
          if (f.length == 0) {
            continue;
          }
          if (dropout > 0) {
            f = dropped(f, drops);
          }
          int[] predicted = PerceptronNer.viterbi(w.emission(f), w.transitions, allowed, finals);
          w.update(f, gold.get(s), predicted);
          w.tick();
          List<String> names = new ArrayList<>(predicted.length);
          for (int y : predicted) {
            String l = labels.get(y);
            names.add(l.length() > 2 ? "B-" + l.substring(2) : l);
          }
          history.record(words, names);
        }
      }
      afterEpoch.accept(w.averaged(features, index, labels), epoch);
    }
    return w.averaged(features, index, labels);
  }

  /** The rows with each feature left out at random, so no single feature carries a word alone. */
  private int[][] dropped(int[][] rows, Random random) {
    int[][] out = new int[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      int[] buf = new int[rows[i].length];
      int k = 0;
      for (int r : rows[i]) {
        if (random.nextDouble() >= dropout) {
          buf[k++] = r;
        }
      }
      out[i] = java.util.Arrays.copyOf(buf, k);
    }
    return out;
  }

  /** The rows of a sentence with the rows of its history features added. */
  private int[][] withHistory(
      int[][] rows, List<String> words, NerFeatures.History history, HashIndex index) {
    int[][] empty = new int[rows.length][0];
    int[][] extra = features.withHistory(words, empty, history);
    int[][] out = new int[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      if (extra[i].length == 0) {
        out[i] = rows[i];
        continue;
      }
      out[i] = java.util.Arrays.copyOf(rows[i], rows[i].length + extra[i].length);
      for (int k = 0; k < extra[i].length; k++) {
        out[i][rows[i].length + k] = index.get(extra[i][k]);
      }
    }
    return out;
  }

  private static int[][] toRows(int[][] f, HashIndex index) {
    int[][] out = new int[f.length][];
    for (int i = 0; i < f.length; i++) {
      int[] buf = new int[f[i].length];
      int k = 0;
      for (int h : f[i]) {
        int r = index.get(h);
        if (r >= 0) {
          buf[k++] = r;
        }
      }
      out[i] = java.util.Arrays.copyOf(buf, k);
    }
    return out;
  }

  private int[] labelIds(List<String> names) {
    int[] out = new int[names.size()];
    for (int i = 0; i < out.length; i++) {
      int y = labels.indexOf(names.get(i));
      out[i] = y < 0 ? 0 : y;
    }
    return out;
  }

  /** Current and summed weights for averaging (the lazy "w - acc / c" form). */
  private static final class Weights {
    final int n;
    final float[] w;
    final float[] acc;
    final float[] transitions;
    final float[] transitionAcc;
    int c = 1;

    Weights(int rows, int n) {
      this.n = n;
      w = new float[rows * n];
      acc = new float[rows * n];
      transitions = new float[(n + 1) * n];
      transitionAcc = new float[(n + 1) * n];
    }

    float[][] emission(int[][] f) {
      float[][] e = new float[f.length][n];
      for (int i = 0; i < f.length; i++) {
        for (int r : f[i]) {
          int base = r * n;
          for (int y = 0; y < n; y++) {
            e[i][y] += w[base + y];
          }
        }
      }
      return e;
    }

    void update(int[][] f, int[] gold, int[] predicted) {
      for (int i = 0; i < f.length; i++) {
        if (gold[i] != predicted[i]) {
          for (int r : f[i]) {
            bump(w, acc, r * n + gold[i], 1);
            bump(w, acc, r * n + predicted[i], -1);
          }
        }
        int gp = i == 0 ? -1 : gold[i - 1];
        int pp = i == 0 ? -1 : predicted[i - 1];
        if (gp != pp || gold[i] != predicted[i]) {
          bump(transitions, transitionAcc, (gp + 1) * n + gold[i], 1);
          bump(transitions, transitionAcc, (pp + 1) * n + predicted[i], -1);
        }
      }
    }

    private void bump(float[] weights, float[] sums, int k, float delta) {
      weights[k] += delta;
      sums[k] += c * delta;
    }

    void tick() {
      c++;
    }

    PerceptronNer averaged(NerFeatures features, HashIndex index, List<String> labels) {
      float[] avg = new float[w.length];
      for (int k = 0; k < w.length; k++) {
        avg[k] = w[k] - acc[k] / c;
      }
      float[] t = new float[transitions.length];
      for (int k = 0; k < t.length; k++) {
        t[k] = transitions[k] - transitionAcc[k] / c;
      }
      return new PerceptronNer(features, labels, index, avg, t);
    }
  }
}
