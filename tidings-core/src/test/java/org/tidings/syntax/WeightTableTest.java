package org.tidings.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightTableTest {
  private static final int ROWS = 3000;

  /** A table of {@code classes} classes whose row r has key r * 7919 + 1 and random weights. */
  private static WeightTable table(int classes, float[] weights) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < classes; k++) {
      names.add("c" + k);
    }
    FeatureIndex index = new FeatureIndex(ROWS);
    for (int r = 0; r < ROWS; r++) {
      index.rowOrAdd(key(r));
    }
    return new WeightTable(names, index, weights);
  }

  private static int key(int row) {
    return row * 7919 + 1;
  }

  private static float[] weights(int classes, long seed) {
    Random random = new Random(seed);
    float[] w = new float[ROWS * classes];
    for (int i = 0; i < w.length; i++) {
      // mostly zero, as perceptron rows are
      w[i] = random.nextInt(4) == 0 ? (float) random.nextGaussian() : 0f;
    }
    return w;
  }

  private static float[] score(WeightTable t, int[] features) {
    float[] scores = new float[t.classCount()];
    t.score(features, features.length, scores, new int[features.length + 1]);
    return scores;
  }

  /** Some rows, repeated, and keys that have no row. */
  private static int[] features() {
    int[] f = new int[60];
    for (int i = 0; i < f.length; i++) {
      f[i] = i % 5 == 4 ? -17 - i : key((i * 131) % ROWS);
    }
    return f;
  }

  @Test
  void scoresAreSumsOfTheQuantisedWeights() {
    for (int classes : new int[] {3, 4, 17, 51}) {
      float[] w = weights(classes, classes);
      WeightTable t = table(classes, w);
      int[] f = features();
      float[] expected = new float[classes];
      for (int key : f) {
        if (key > 0) {
          int row = (key - 1) / 7919;
          for (int k = 0; k < classes; k++) {
            expected[k] += w[row * classes + k];
          }
        }
      }
      float[] got = score(t, f);
      for (int k = 0; k < classes; k++) {
        assertEquals(expected[k], got[k], 1e-3, "class " + k + " of " + classes);
      }
    }
  }

  @Test
  void hotRowsChangeNoScoreAndSurviveARoundTrip() throws IOException {
    for (int classes : new int[] {4, 17}) {
      WeightTable t = table(classes, weights(classes, 7));
      int[] ranked = {key(5), -99, key(17), key(5), key(2999), key(40)};
      WeightTable hot = t.withHotKeys(ranked, 3);
      assertEquals(0, t.hotRowCount());
      assertEquals(3, hot.hotRowCount()); // key(5), key(17), key(2999): -99 has no row
      int[] f = features();
      assertArrayEquals(score(t, f), score(hot, f));

      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        hot.write(out);
      }
      WeightTable back =
          WeightTable.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
      assertEquals(3, back.hotRowCount());
      assertEquals(ROWS, back.rowCount());
      assertEquals(hot.classes(), back.classes());
      assertArrayEquals(score(hot, f), score(back, f));
      assertNotEquals(0f, score(back, f)[0]);
    }
  }

  @Test
  void observedTablesReportEveryKey() {
    WeightTable t = table(4, weights(4, 3));
    List<Integer> seen = new ArrayList<>();
    int[] f = {key(1), -5, key(2)};
    float[] scores = new float[4];
    t.observed(seen::add).score(f, f.length, scores);
    assertEquals(List.of(key(1), -5, key(2)), seen);
    assertArrayEquals(score(t, f), scores);
  }
}
