package org.tidings.syntax.train;

import java.util.Arrays;
import java.util.List;
import org.tidings.syntax.FeatureIndex;
import org.tidings.syntax.WeightTable;

/**
 * A multi-class perceptron in training, with weight averaging by Daumé's trick: besides the weights
 * it keeps the sum of each update times the clock, so the average is {@code w - u/clock}. A feature
 * gets its row at its first update.
 */
public final class Perceptron {
  private final List<String> classes;
  private final int c;
  private final FeatureIndex index = new FeatureIndex(1 << 16);
  private float[] weights;
  private double[] sums;
  private long clock = 1;

  public Perceptron(List<String> classes) {
    this.classes = List.copyOf(classes);
    this.c = classes.size();
    weights = new float[(1 << 14) * c];
    sums = new double[(1 << 14) * c];
  }

  public int rows() {
    return index.size();
  }

  /** Adds the current weights of the features to {@code scores} (zeroed first). */
  public void score(int[] keys, int count, float[] scores) {
    Arrays.fill(scores, 0f);
    for (int f = 0; f < count; f++) {
      int row = index.row(keys[f]);
      if (row >= 0) {
        int base = row * c;
        for (int k = 0; k < c; k++) {
          scores[k] += weights[base + k];
        }
      }
    }
  }

  /** Moves the weights towards {@code truth} and away from {@code guess}, when they differ. */
  public void update(int[] keys, int count, int truth, int guess) {
    if (truth == guess) {
      return;
    }
    for (int f = 0; f < count; f++) {
      int row = index.rowOrAdd(keys[f]);
      if ((row + 1) * c > weights.length) {
        weights = Arrays.copyOf(weights, weights.length * 2);
        sums = Arrays.copyOf(sums, sums.length * 2);
      }
      int base = row * c;
      weights[base + truth] += 1f;
      sums[base + truth] += clock;
      weights[base + guess] -= 1f;
      sums[base + guess] -= clock;
    }
  }

  /** Counts one training example. */
  public void tick() {
    clock++;
  }

  private float average(int i) {
    return (float) (weights[i] - sums[i] / clock);
  }

  /**
   * The averaged weights, keeping only rows whose largest weight reaches {@code minWeight} in
   * magnitude and, of those, the {@code maxRows} strongest.
   */
  public WeightTable averaged(float minWeight, int maxRows) {
    int rows = index.size();
    float[] strength = new float[rows];
    for (int r = 0; r < rows; r++) {
      float max = 0;
      for (int k = 0; k < c; k++) {
        max = Math.max(max, Math.abs(average(r * c + k)));
      }
      strength[r] = max;
    }
    float threshold = minWeight;
    if (rows > maxRows) {
      float[] sorted = strength.clone();
      Arrays.sort(sorted);
      threshold = Math.max(threshold, sorted[rows - maxRows]);
    }
    int[] keys = index.keysByRow();
    FeatureIndex kept = new FeatureIndex(Math.min(rows, maxRows));
    float[] out = new float[(Math.min(rows, maxRows) + 1) * c];
    for (int r = 0; r < rows; r++) {
      if (strength[r] >= threshold && strength[r] > 0) {
        if ((kept.size() + 1) * c > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        int row = kept.rowOrAdd(keys[r]);
        for (int k = 0; k < c; k++) {
          out[row * c + k] = average(r * c + k);
        }
      }
    }
    return new WeightTable(classes, kept, out);
  }
}
