package org.tidings.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The weights of a linear classifier over hashed features: one row of class weights per feature
 * key, each weight a 16-bit multiple of one step per table. Immutable once built.
 *
 * <p>In memory the rows sit in an open-addressing hash table. Narrow tables (a few classes, like
 * the parser's four transitions) keep each row's weights next to its key, two 16-bit weights an
 * int, so a feature costs one cache line; wide ones (tags, relations) keep a row's non-zero weights
 * as (class, weight) ints: up to three in the slot, next to the key (most rows), more in a side
 * array the slot points to. Scoring is bound by cache and TLB misses, so {@link #score} first
 * touches the home slot of every feature and only then reads them: the misses overlap instead of
 * following each other.
 *
 * <p>Binary form (big-endian, inside whatever stream the caller gives): the class names, the row
 * count, the quantisation step, then the rows in order of their scrambled keys (so that loading
 * fills the hash table front to back), each as the scrambled key's delta from the previous one
 * (varint), its count of non-zero weights (varint) and, for each, the class (varint) and the weight
 * as a 16-bit multiple of the step.
 */
public final class WeightTable {
  private static final int MAGIC_BY_KEY = 0x54445754; // "TDWT": rows in key order
  private static final int MAGIC = 0x54445732; // "TDW2": rows in scrambled-key order

  /** Tables with this many classes or fewer keep their weights inline, next to the key. */
  private static final int INLINE_CLASSES = 8;

  /** Wide tables keep rows with this few non-zero weights in the slot, next to the key. */
  private static final int INLINE_PAIRS = 3;

  private static final int OVERFLOW = 0x80000000;

  private final List<String> classes;
  private final int classCount;
  private final float step;
  private final int rowCount;
  // Slots: the key, then (narrow) the packed weights or (wide) up to INLINE_PAIRS (class, weight)
  // pairs, zero for none, or for a row with more a pointer (OVERFLOW | position) into pairs.
  private final int[] slots;
  private final int[] pairs; // wide rows with many weights: count, then class << 16 | weight
  private final int stride;
  private final int mask;
  private final int shift;

  /**
   * A table of the given float weights, quantised to 16-bit steps as {@link #write} stores them, so
   * that a table scores the same before and after a round trip through its binary form.
   *
   * @param classes the class names, in score order
   * @param index feature key to row number
   * @param weights rows of {@code classes.size()} weights, row after row
   */
  public WeightTable(List<String> classes, FeatureIndex index, float[] weights) {
    this(classes, index.keysByRow(), quantise(weights, index.size() * classes.size()));
  }

  private WeightTable(List<String> classes, int[] keys, Quantised weights) {
    this.classes = List.copyOf(classes);
    classCount = this.classes.size();
    step = weights.step();
    rowCount = keys.length;
    int c = classCount;
    short[] q = weights.values();
    boolean narrow = c <= INLINE_CLASSES;
    stride = narrow ? 1 + (c + 1) / 2 : 1 + INLINE_PAIRS;
    int capacity = capacity(keys.length, narrow ? 0.7 : 0.5);
    slots = new int[capacity * stride];
    mask = capacity - 1;
    shift = 32 - Integer.numberOfTrailingZeros(capacity);
    int[] packed = new int[narrow ? 0 : overflow(q, keys.length, c)];
    int used = 0;
    for (int r = 0; r < keys.length; r++) {
      if (keys[r] == 0) {
        throw new IllegalArgumentException("key 0 is reserved");
      }
      int i = FeatureIndex.spread(keys[r]) >>> shift;
      while (slots[i * stride] != 0) {
        i = (i + 1) & mask;
      }
      int base = i * stride;
      slots[base] = keys[r];
      if (narrow) {
        for (int k = 0; k < c; k++) {
          slots[base + 1 + (k >> 1)] |= (q[r * c + k] & 0xFFFF) << ((k & 1) << 4);
        }
      } else if (nonZero(q, r * c, c) <= INLINE_PAIRS) {
        int j = base + 1;
        for (int k = 0; k < c; k++) {
          short v = q[r * c + k];
          if (v != 0) {
            slots[j++] = k << 16 | (v & 0xFFFF); // never 0, as v is not
          }
        }
      } else {
        slots[base + 1] = OVERFLOW | used;
        int start = used++;
        for (int k = 0; k < c; k++) {
          short v = q[r * c + k];
          if (v != 0) {
            packed[used++] = k << 16 | (v & 0xFFFF);
          }
        }
        packed[start] = used - start - 1;
      }
    }
    pairs = narrow ? null : packed;
  }

  /** The smallest power of two, at least 16, that holds {@code rows} at most {@code load} full. */
  private static int capacity(int rows, double load) {
    int capacity = 16;
    while (capacity * load < rows) {
      capacity <<= 1;
    }
    return capacity;
  }

  /** Weights as 16-bit multiples of a step. */
  private record Quantised(short[] values, float step) {}

  private static Quantised quantise(float[] weights, int length) {
    if (weights.length < length) {
      throw new IllegalArgumentException("too few weights: " + weights.length + " < " + length);
    }
    float max = 0;
    for (int i = 0; i < length; i++) {
      max = Math.max(max, Math.abs(weights[i]));
    }
    float step = max == 0 ? 1 : max / Short.MAX_VALUE;
    short[] q = new short[length];
    for (int i = 0; i < length; i++) {
      q[i] = (short) Math.round(weights[i] / step);
    }
    return new Quantised(q, step);
  }

  private static int nonZero(short[] values, int from, int length) {
    int n = 0;
    for (int i = from; i < from + length; i++) {
      n += values[i] != 0 ? 1 : 0;
    }
    return n;
  }

  /** The size of the pairs array: the rows too big to sit in their slots. */
  private static int overflow(short[] values, int rows, int c) {
    int n = 0;
    for (int r = 0; r < rows; r++) {
      int nonZero = nonZero(values, r * c, c);
      n += nonZero > INLINE_PAIRS ? 1 + nonZero : 0;
    }
    return n;
  }

  public List<String> classes() {
    return classes;
  }

  public int classCount() {
    return classCount;
  }

  public int rowCount() {
    return rowCount;
  }

  /** Adds the weights of the given features to {@code scores} (which the caller zeroes). */
  public void score(int[] features, int count, float[] scores) {
    score(features, count, scores, new int[count + 1]);
  }

  /**
   * Adds the weights of the given features to {@code scores} (which the caller zeroes), in feature
   * order, so that the sums are the same as one feature after the other.
   *
   * @param scratch at least {@code count + 1} ints of working space, overwritten
   */
  public void score(int[] features, int count, float[] scores, int[] scratch) {
    int touched = 0;
    for (int f = 0; f < count; f++) {
      int home = FeatureIndex.spread(features[f]) >>> shift;
      scratch[f] = home;
      touched +=
          slots[home * stride]; // starts the load; the sum keeps it from being optimised away
    }
    scratch[count] = touched;
    if (pairs == null) {
      scoreInline(features, count, scores, scratch);
    } else {
      scoreSparse(features, count, scores, scratch);
    }
  }

  private void scoreInline(int[] features, int count, float[] scores, int[] home) {
    int c = classCount;
    if (c == 4) {
      scoreFour(features, count, scores, home);
      return;
    }
    for (int f = 0; f < count; f++) {
      int key = features[f];
      int i = home[f];
      while (true) {
        int base = i * stride;
        int k = slots[base];
        if (k == key) {
          for (int j = 0; j < c; j++) {
            int two = slots[base + 1 + (j >> 1)];
            scores[j] += (short) (two >> ((j & 1) << 4)) * step;
          }
          break;
        }
        if (k == 0) {
          break;
        }
        i = (i + 1) & mask;
      }
    }
  }

  /**
   * {@link #scoreInline} for four classes (the parser's transitions), with the sums in registers:
   * the same additions in the same order, without a store and a load per feature and class.
   */
  private void scoreFour(int[] features, int count, float[] scores, int[] home) {
    float s0 = scores[0];
    float s1 = scores[1];
    float s2 = scores[2];
    float s3 = scores[3];
    float step = this.step;
    for (int f = 0; f < count; f++) {
      int key = features[f];
      int i = home[f];
      while (true) {
        int base = i * 3;
        int k = slots[base];
        if (k == key) {
          int a = slots[base + 1];
          int b = slots[base + 2];
          s0 += (short) a * step;
          s1 += (short) (a >> 16) * step;
          s2 += (short) b * step;
          s3 += (short) (b >> 16) * step;
          break;
        }
        if (k == 0) {
          break;
        }
        i = (i + 1) & mask;
      }
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    scores[3] = s3;
  }

  private void scoreSparse(int[] features, int count, float[] scores, int[] scratch) {
    int touched = 0;
    for (int f = 0; f < count; f++) {
      int key = features[f];
      int i = scratch[f];
      int at = -1; // none; -2 - slot position for a row in its slot; else position in pairs
      while (true) {
        int base = i * stride;
        int k = slots[base];
        if (k == key) {
          int first = slots[base + 1];
          if (first < 0) {
            at = first & ~OVERFLOW;
            touched += pairs[at];
          } else {
            at = -2 - base;
          }
          break;
        }
        if (k == 0) {
          break;
        }
        i = (i + 1) & mask;
      }
      scratch[f] = at;
    }
    scratch[count] = touched;
    for (int f = 0; f < count; f++) {
      int at = scratch[f];
      if (at >= 0) {
        int end = at + 1 + pairs[at];
        for (int j = at + 1; j < end; j++) {
          int pair = pairs[j];
          scores[pair >>> 16] += (short) pair * step;
        }
      } else if (at < -1) {
        int base = -2 - at;
        for (int j = base + 1; j <= base + INLINE_PAIRS; j++) {
          int pair = slots[j];
          if (pair == 0) {
            break;
          }
          scores[pair >>> 16] += (short) pair * step;
        }
      }
    }
  }

  /** Calls {@code visitor} with every row: its key and its weights (16-bit, all classes). */
  private void forEachRow(RowVisitor visitor) throws IOException {
    int c = classCount;
    short[] row = new short[c];
    for (int base = 0; base < slots.length; base += stride) {
      int key = slots[base];
      if (key == 0) {
        continue;
      }
      Arrays.fill(row, (short) 0);
      if (pairs == null) {
        for (int k = 0; k < c; k++) {
          row[k] = (short) (slots[base + 1 + (k >> 1)] >> ((k & 1) << 4));
        }
      } else if (slots[base + 1] < 0) {
        int at = slots[base + 1] & ~OVERFLOW;
        for (int j = at + 1; j <= at + pairs[at]; j++) {
          row[pairs[j] >>> 16] = (short) pairs[j];
        }
      } else {
        for (int j = base + 1; j <= base + INLINE_PAIRS && slots[j] != 0; j++) {
          row[slots[j] >>> 16] = (short) slots[j];
        }
      }
      visitor.row(key, row);
    }
  }

  private interface RowVisitor {
    void row(int key, short[] weights) throws IOException;
  }

  /** Writes the table in its binary form. */
  public void write(DataOutputStream out) throws IOException {
    int c = classCount;
    out.writeInt(MAGIC);
    out.writeInt(c);
    for (String name : classes) {
      out.writeUTF(name);
    }
    long[] order = new long[rowCount]; // scrambled key (unsigned) above, slot position below
    int[] n = {0};
    List<short[]> rows = new ArrayList<>(rowCount);
    forEachRow(
        (key, weights) -> {
          order[n[0]] = Integer.toUnsignedLong(FeatureIndex.spread(key)) << 32 | n[0];
          rows.add(weights.clone());
          n[0]++;
        });
    Arrays.sort(order);
    out.writeInt(rowCount);
    out.writeFloat(step);
    long previous = 0;
    for (long entry : order) {
      long key = entry >>> 32;
      writeVarint(out, key - previous);
      previous = key;
      short[] weights = rows.get((int) entry);
      int nonZero = 0;
      for (short w : weights) {
        nonZero += w != 0 ? 1 : 0;
      }
      writeVarint(out, nonZero);
      for (int k = 0; k < c; k++) {
        if (weights[k] != 0) {
          writeVarint(out, k);
          out.writeShort(weights[k]);
        }
      }
    }
  }

  /** Reads a table written by {@link #write}. */
  public static WeightTable read(DataInputStream in) throws IOException {
    int magic = in.readInt();
    if (magic != MAGIC && magic != MAGIC_BY_KEY) {
      throw new IOException("not a weight table");
    }
    int c = in.readInt();
    List<String> classes = new ArrayList<>(c);
    for (int k = 0; k < c; k++) {
      classes.add(in.readUTF());
    }
    int rows = in.readInt();
    float step = in.readFloat();
    int[] keys = new int[rows];
    short[] weights = new short[rows * c];
    long key = 0;
    for (int r = 0; r < rows; r++) {
      key += readVarint(in);
      keys[r] = magic == MAGIC ? FeatureIndex.unspread((int) key) : (int) key;
      int nonZero = (int) readVarint(in);
      for (int j = 0; j < nonZero; j++) {
        int k = (int) readVarint(in);
        weights[r * c + k] = in.readShort();
      }
    }
    return new WeightTable(classes, keys, new Quantised(weights, step));
  }

  private static void writeVarint(DataOutputStream out, long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  private static long readVarint(DataInputStream in) throws IOException {
    long v = 0;
    for (int shift = 0; ; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
  }
}
