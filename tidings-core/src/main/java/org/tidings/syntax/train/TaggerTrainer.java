package org.tidings.syntax.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tidings.syntax.Tagger;
import org.tidings.syntax.TaggerFeatures;
import org.tidings.syntax.WordForms;

/** Trains a {@link Tagger}: greedy averaged perceptron over shuffled sentences, fixed seed. */
public final class TaggerTrainer {
  /** Words seen this often with one tag this reliably go to the tag dictionary. */
  private static final int FIXED_MIN_COUNT = 20;

  private static final double FIXED_MIN_SHARE = 0.995;

  private final int epochs;
  private final long seed;
  private final int maxRows;
  private final Consumer<String> log;

  public TaggerTrainer(int epochs, long seed, int maxRows, Consumer<String> log) {
    this.epochs = epochs;
    this.seed = seed;
    this.maxRows = maxRows;
    this.log = log;
  }

  public Tagger train(List<Treebank.Sentence> data, List<Treebank.Sentence> dev) {
    List<String> tags =
        new ArrayList<>(new TreeSet<>(data.stream().flatMap(s -> s.upos().stream()).toList()));
    Map<String, Integer> fixed = fixedWords(data, tags);
    Perceptron p = new Perceptron(tags);
    List<Treebank.Sentence> order = new ArrayList<>(data);
    int[] keys = new int[TaggerFeatures.MAX];
    float[] scores = new float[tags.size()];
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(order, new Random(seed + epoch));
      int right = 0;
      int total = 0;
      for (Treebank.Sentence s : order) {
        TaggerFeatures f = new TaggerFeatures(s.words());
        int prev1 = -1;
        int prev2 = -1;
        for (int i = 0; i < s.size(); i++) {
          int truth = tags.indexOf(s.upos().get(i));
          int guess;
          Integer known = fixed.get(WordForms.normal(s.words().get(i)));
          if (known != null) {
            guess = known;
          } else {
            int count = f.extract(i, prev1, prev2, keys);
            p.score(keys, count, scores);
            guess = argmax(scores);
            p.update(keys, count, truth, guess);
            p.tick();
          }
          right += guess == truth ? 1 : 0;
          total++;
          prev2 = prev1;
          prev1 = guess;
        }
      }
      String line =
          String.format(
              Locale.ROOT,
              "tagger epoch %d train %.4f rows %d",
              epoch,
              right / (double) total,
              p.rows());
      if (dev != null && (epoch == epochs || epoch % 2 == 0)) {
        line +=
            String.format(
                Locale.ROOT,
                " dev %.4f",
                accuracy(new Tagger(p.averaged(0, Integer.MAX_VALUE), fixed), dev));
      }
      log.accept(line);
    }
    return new Tagger(p.averaged(0, maxRows), fixed);
  }

  public static double accuracy(Tagger tagger, List<Treebank.Sentence> data) {
    int right = 0;
    int total = 0;
    for (Treebank.Sentence s : data) {
      List<String> predicted = tagger.tag(s.words());
      for (int i = 0; i < s.size(); i++) {
        right += predicted.get(i).equals(s.upos().get(i)) ? 1 : 0;
        total++;
      }
    }
    return right / (double) total;
  }

  private static Map<String, Integer> fixedWords(List<Treebank.Sentence> data, List<String> tags) {
    Map<String, int[]> counts = new HashMap<>();
    for (Treebank.Sentence s : data) {
      for (int i = 0; i < s.size(); i++) {
        counts
            .computeIfAbsent(WordForms.normal(s.words().get(i)), w -> new int[tags.size()])[
            tags.indexOf(s.upos().get(i))]++;
      }
    }
    Map<String, Integer> fixed = new HashMap<>();
    counts.forEach(
        (word, c) -> {
          int total = 0;
          int best = 0;
          for (int k = 0; k < c.length; k++) {
            total += c[k];
            best = c[k] > c[best] ? k : best;
          }
          if (total >= FIXED_MIN_COUNT && c[best] >= FIXED_MIN_SHARE * total) {
            fixed.put(word, best);
          }
        });
    return fixed;
  }

  static int argmax(float[] scores) {
    int best = 0;
    for (int k = 1; k < scores.length; k++) {
      if (scores[k] > scores[best]) {
        best = k;
      }
    }
    return best;
  }
}
