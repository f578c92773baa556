package org.tidings.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The weights of a linear classifier over hashed features: one row of class weights per feature
 * key. Immutable once built.
 *
 * <p>Binary form (big-endian, inside whatever stream the caller gives): the class names, the row
 * count, a quantisation step, then the rows in order of their scrambled keys (so that loading fills
 * the hash table front to back), each as the scrambled key's delta from the previous one (varint),
 * its count of non-zero weights (varint) and, for each, the class (varint) and the weight as a
 * 16-bit multiple of the step. Zero weights are not stored.
 */
public final class WeightTable {
  private static final int MAGIC_BY_KEY = 0x54445754; // "TDWT": rows in key order
  private static final int MAGIC = 0x54445732; // "TDW2": rows in scrambled-key order

  /**
   * Tables with this few classes keep each row inline with its key, for one cache miss a row; wider
   * ones keep only their non-zero weights, as (class, weight) pairs next to each other.
   */
  private static final int INLINE_CLASSES = 8;

  private final List<String> classes;
  private final FeatureIndex index;
  private final float[] weights;
  private final int[] inline; // narrow tables: key, then the row's float bits
  private final int[] pairs; // wide tables: per row its non-zero count, then class, float bits
  private final int inlineMask;
  private final int inlineShift;

  /**
   * @param classes the class names, in score order
   * @param index feature key to row number
   * @param weights rows of {@code classes.size()} weights, row after row
   */
  public WeightTable(List<String> classes, FeatureIndex index, float[] weights) {
    this.classes = List.copyOf(classes);
    this.index = Objects.requireNonNull(index);
    if (weights.length < (long) index.size() * classes.size()) {
      throw new IllegalArgumentException("too few weights for " + index);
    }
    this.weights = weights;
    int c = classes.size();
    boolean narrow = c <= INLINE_CLASSES;
    int stride = narrow ? c + 1 : 2;
    int capacity = Integer.highestOneBit(Math.max(16, index.size() * 3 / 2)) << 1;
    inline = new int[capacity * stride];
    inlineMask = capacity - 1;
    inlineShift = 32 - Integer.numberOfTrailingZeros(capacity);
    int[] keys = index.keysByRow();
    int[] sparse = new int[narrow ? 0 : keys.length + 2 * nonZero(weights, keys.length * c)];
    int used = 0;
    for (int r = 0; r < keys.length; r++) {
      int i = FeatureIndex.spread(keys[r]) >>> inlineShift;
      while (inline[i * stride] != 0) {
        i = (i + 1) & inlineMask;
      }
      int base = i * stride;
      inline[base] = keys[r];
      if (narrow) {
        for (int k = 0; k < c; k++) {
          inline[base + 1 + k] = Float.floatToRawIntBits(weights[r * c + k]);
        }
      } else {
        inline[base + 1] = used;
        int start = used++;
        for (int k = 0; k < c; k++) {
          float v = weights[r * c + k];
          if (v != 0) {
            sparse[used++] = k;
            sparse[used++] = Float.floatToRawIntBits(v);
          }
        }
        sparse[start] = (used - start - 1) / 2;
      }
    }
    pairs = narrow ? null : sparse;
  }

  private static int nonZero(float[] weights, int length) {
    int n = 0;
    for (int i = 0; i < length; i++) {
      n += weights[i] != 0 ? 1 : 0;
    }
    return n;
  }

  public List<String> classes() {
    return classes;
  }

  public int classCount() {
    return classes.size();
  }

  public int rowCount() {
    return index.size();
  }

  /** Adds the weights of the given features to {@code scores} (which the caller zeroes). */
  public void score(int[] features, int count, float[] scores) {
    int c = classes.size();
    if (pairs == null) {
      scoreInline(features, count, scores, c);
    } else {
      scoreSparse(features, count, scores);
    }
  }

  private void scoreSparse(int[] features, int count, float[] scores) {
    for (int f = 0; f < count; f++) {
      int key = features[f];
      int i = FeatureIndex.spread(key) >>> inlineShift;
      while (true) {
        int k = inline[2 * i];
        if (k == key) {
          int at = inline[2 * i + 1];
          int end = at + 1 + 2 * pairs[at];
          for (int j = at + 1; j < end; j += 2) {
            scores[pairs[j]] += Float.intBitsToFloat(pairs[j + 1]);
          }
          break;
        }
        if (k == 0) {
          break;
        }
        i = (i + 1) & inlineMask;
      }
    }
  }

  private void scoreInline(int[] features, int count, float[] scores, int c) {
    int stride = c + 1;
    for (int f = 0; f < count; f++) {
      int key = features[f];
      int i = FeatureIndex.spread(key) >>> inlineShift;
      while (true) {
        int base = i * stride;
        int k = inline[base];
        if (k == key) {
          for (int j = 0; j < c; j++) {
            scores[j] += Float.intBitsToFloat(inline[base + 1 + j]);
          }
          break;
        }
        if (k == 0) {
          break;
        }
        i = (i + 1) & inlineMask;
      }
    }
  }

  /** Writes the table in its binary form. */
  public void write(DataOutputStream out) throws IOException {
    int c = classes.size();
    out.writeInt(MAGIC);
    out.writeInt(c);
    for (String name : classes) {
      out.writeUTF(name);
    }
    int[] keys = index.keysByRow();
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) ->
            Integer.compareUnsigned(FeatureIndex.spread(keys[a]), FeatureIndex.spread(keys[b])));
    float max = 0;
    for (int i = 0; i < keys.length * c; i++) {
      max = Math.max(max, Math.abs(weights[i]));
    }
    float step = max == 0 ? 1 : max / Short.MAX_VALUE;
    out.writeInt(keys.length);
    out.writeFloat(step);
    long previous = 0;
    for (int row : order) {
      long key = Integer.toUnsignedLong(FeatureIndex.spread(keys[row]));
      writeVarint(out, key - previous);
      previous = key;
      int base = row * c;
      int nonZero = 0;
      for (int k = 0; k < c; k++) {
        if (Math.round(weights[base + k] / step) != 0) {
          nonZero++;
        }
      }
      writeVarint(out, nonZero);
      for (int k = 0; k < c; k++) {
        int q = Math.round(weights[base + k] / step);
        if (q != 0) {
          writeVarint(out, k);
          out.writeShort(q);
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
    FeatureIndex index = new FeatureIndex(rows);
    float[] weights = new float[rows * c];
    long key = 0;
    for (int r = 0; r < rows; r++) {
      key += readVarint(in);
      int row = index.rowOrAdd(magic == MAGIC ? FeatureIndex.unspread((int) key) : (int) key);
      int nonZero = (int) readVarint(in);
      for (int j = 0; j < nonZero; j++) {
        int k = (int) readVarint(in);
        weights[row * c + k] = in.readShort() * step;
      }
    }
    return new WeightTable(classes, index, weights);
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
