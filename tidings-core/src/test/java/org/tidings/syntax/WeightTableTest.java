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
  void scoresSurviveARoundTrip() throws IOException {
    for (int classes : new int[] {4, 17}) {
      WeightTable t = table(classes, weights(classes, 7));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        t.write(out);
      }
      WeightTable back =
          WeightTable.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
      assertEquals(ROWS, back.rowCount());
      assertEquals(t.classes(), back.classes());
      int[] f = features();
      assertArrayEquals(score(t, f), score(back, f));
      assertNotEquals(0f, score(back, f)[0]);
      float[] unscratched = new float[classes];
      back.score(f, f.length, unscratched);
      assertArrayEquals(score(t, f), unscratched);
    }
  }
}
