package org.tidings.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * The weights of a linear classifier over hashed features: one row of class weights per feature
 * key, each weight a 16-bit multiple of one step per table. Immutable once built.
 *
 * <p>In memory the rows sit in two open-addressing hash tables: a small hot one with the rows that
 * features hit most often (chosen by counting on a corpus, see {@code train.HotRows}), which stays
 * in cache, and a cold one with the rest. Narrow tables (a few classes, like the parser's four
 * transitions) keep each row's weights next to its key, two 16-bit weights an int, so a feature
 * costs one cache line; wide ones (tags, relations) keep next to the key the position of the row's
 * non-zero weights, packed as (class, weight) ints. Scoring is bound by cache and TLB misses, so
 * {@link #score} first finds or touches every feature's slot and only then adds weights: the misses
 * overlap instead of following each other.
 *
 * <p>Binary form (big-endian, inside whatever stream the caller gives): the class names, the row
 * count, the quantisation step, the hot row count, then the hot rows and then the cold rows, each
 * group in order of the rows' scrambled keys (so that loading fills the hash tables front to back),
 * each row as the scrambled key's delta from the previous one in its group (varint), its count of
 * non-zero weights (varint) and, for each, the class (varint) and the weight as a 16-bit multiple
 * of the step. Older files without hot rows ("TDW2") still load, all rows cold.
 */
public final class WeightTable {
  private static final int MAGIC_BY_KEY = 0x54445754; // "TDWT": rows in key order
  private static final int MAGIC_SCRAMBLED = 0x54445732; // "TDW2": rows in scrambled-key order
  private static final int MAGIC = 0x54445733; // "TDW3": hot rows, then the others

  /** Tables with this many classes or fewer keep their weights inline, next to the key. */
  private static final int INLINE_CLASSES = 8;

  private final List<String> classes;
  private final int classCount;
  private final float step;
  private final int rowCount;
  private final int hotRows;
  private final int stride;
  // Two hash tables of slots: key, then (narrow) packed weights or (wide) position in pairs. The
  // hot one holds the rows most features hit and is small enough to stay in cache.
  private final int[] hot;
  private final int hotMask;
  private final int hotShift;
  private final int[] cold;
  private final int coldMask;
  private final int coldShift;
  private final int[] pairs; // wide tables: per row its non-zero count, then class << 16 | weight
  private final IntConsumer observer; // null but in tables made by observed(...)

  /**
   * A table of the given float weights, quantised to 16-bit steps as {@link #write} stores them, so
   * that a table scores the same before and after a round trip through its binary form.
   *
   * @param classes the class names, in score order
   * @param index feature key to row number
   * @param weights rows of {@code classes.size()} weights, row after row
   */
  public WeightTable(List<String> classes, FeatureIndex index, float[] weights) {
    this(classes, index.keysByRow(), quantise(weights, index.size() * classes.size()), 0, null);
  }

  /**
   * @param keys the rows' keys
   * @param weights their weights, {@code keys.length} rows of all classes
   * @param hotRows how many rows, from the first, go to the hot table
   */
  private WeightTable(
      List<String> classes, int[] keys, Quantised weights, int hotRows, IntConsumer observer) {
    this.classes = List.copyOf(classes);
    this.observer = observer;
    classCount = this.classes.size();
    step = weights.step();
    rowCount = keys.length;
    this.hotRows = hotRows;
    int c = classCount;
    short[] q = weights.values();
    boolean narrow = c <= INLINE_CLASSES;
    stride = narrow ? 1 + (c + 1) / 2 : 2;
    // Narrow slots are big, so fill them to 70 %; wide tables' slots are two ints: fill to half.
    double load = narrow ? 0.7 : 0.5;
    int hotCapacity = capacity(hotRows, load);
    int coldCapacity = capacity(keys.length - hotRows, load);
    hot = new int[hotCapacity * stride];
    hotMask = hotCapacity - 1;
    hotShift = 32 - Integer.numberOfTrailingZeros(hotCapacity);
    cold = new int[coldCapacity * stride];
    coldMask = coldCapacity - 1;
    coldShift = 32 - Integer.numberOfTrailingZeros(coldCapacity);
    int[] packed = new int[narrow ? 0 : keys.length + nonZero(q)];
    int used = 0;
    for (int r = 0; r < keys.length; r++) {
      if (keys[r] == 0) {
        throw new IllegalArgumentException("key 0 is reserved");
      }
      boolean isHot = r < hotRows;
      int[] slots = isHot ? hot : cold;
      int mask = isHot ? hotMask : coldMask;
      int i = FeatureIndex.spread(keys[r]) >>> (isHot ? hotShift : coldShift);
      while (slots[i * stride] != 0) {
        i = (i + 1) & mask;
      }
      int base = i * stride;
      slots[base] = keys[r];
      if (narrow) {
        for (int k = 0; k < c; k++) {
          slots[base + 1 + (k >> 1)] |= (q[r * c + k] & 0xFFFF) << ((k & 1) << 4);
        }
      } else {
        slots[base + 1] = used;
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

  /**
   * This table with another hot set: the first {@code limit} of the given keys that have rows.
   *
   * @param ranked feature keys, most wanted first (e.g. by how often parsing a corpus used them)
   */
  public WeightTable withHotKeys(int[] ranked, int limit) {
    FeatureIndex present = new FeatureIndex(rowCount);
    forEachRow((key, weights) -> present.rowOrAdd(key));
    FeatureIndex wanted = new FeatureIndex(Math.min(limit, rowCount));
    for (int i = 0; i < ranked.length && wanted.size() < limit; i++) {
      if (present.row(ranked[i]) >= 0) {
        wanted.rowOrAdd(ranked[i]);
      }
    }
    int[] keys = new int[rowCount];
    short[] q = new short[rowCount * classCount];
    int[] front = {0};
    int[] back = {rowCount - 1};
    forEachRow(
        (key, weights) -> {
          int r = wanted.row(key) >= 0 ? front[0]++ : back[0]--;
          keys[r] = key;
          System.arraycopy(weights, 0, q, r * classCount, classCount);
        });
    return new WeightTable(classes, keys, new Quantised(q, step), front[0], observer);
  }

  /**
   * This table, telling {@code observer} every feature key it is asked to score: for counting which
   * rows are used most, to choose the hot ones. Not thread-safe unless the observer is.
   */
  public WeightTable observed(IntConsumer observer) {
    return new WeightTable(this, Objects.requireNonNull(observer));
  }

  private WeightTable(WeightTable t, IntConsumer observer) {
    classes = t.classes;
    classCount = t.classCount;
    step = t.step;
    rowCount = t.rowCount;
    hotRows = t.hotRows;
    stride = t.stride;
    hot = t.hot;
    hotMask = t.hotMask;
    hotShift = t.hotShift;
    cold = t.cold;
    coldMask = t.coldMask;
    coldShift = t.coldShift;
    pairs = t.pairs;
    this.observer = observer;
  }

  /** How many rows sit in the hot table. */
  public int hotRowCount() {
    return hotRows;
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

  private static int nonZero(short[] values) {
    int n = 0;
    for (short v : values) {
      n += v != 0 ? 1 : 0;
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
   * <p>First every feature is looked up in the hot table, and the home slot of each one not there
   * is touched in the cold table, so that their cache misses overlap; then the weights are added.
   *
   * @param scratch at least {@code count + 1} ints of working space, overwritten
   */
  public void score(int[] features, int count, float[] scores, int[] scratch) {
    if (observer != null) {
      for (int f = 0; f < count; f++) {
        observer.accept(features[f]);
      }
    }
    int touched = 0;
    for (int f = 0; f < count; f++) {
      int key = features[f];
      int at = find(hot, hotMask, FeatureIndex.spread(key) >>> hotShift, key);
      if (at >= 0) {
        scratch[f] = -2 - at;
      } else {
        int home = FeatureIndex.spread(key) >>> coldShift;
        scratch[f] = home;
        touched +=
            cold[home * stride]; // starts the load; the sum keeps it from being optimised out
      }
    }
    scratch[count] = touched;
    if (pairs == null) {
      scoreInline(features, count, scores, scratch);
    } else {
      scoreSparse(features, count, scores, scratch);
    }
  }

  /** The position of a key's slot, probing from slot {@code i}, or -1 when it has none. */
  private int find(int[] slots, int mask, int i, int key) {
    while (true) {
      int base = i * stride;
      int k = slots[base];
      if (k == key) {
        return base;
      }
      if (k == 0) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  private void scoreInline(int[] features, int count, float[] scores, int[] scratch) {
    int c = classCount;
    for (int f = 0; f < count; f++) {
      int s = scratch[f];
      int[] slots = hot;
      int base = -2 - s;
      if (s >= 0) {
        slots = cold;
        base = find(cold, coldMask, s, features[f]);
        if (base < 0) {
          continue;
        }
      }
      for (int j = 0; j < c; j++) {
        int two = slots[base + 1 + (j >> 1)];
        scores[j] += (short) (two >> ((j & 1) << 4)) * step;
      }
    }
  }

  private void scoreSparse(int[] features, int count, float[] scores, int[] scratch) {
    int touched = 0;
    for (int f = 0; f < count; f++) {
      int s = scratch[f];
      int at;
      if (s < 0) {
        at = hot[-2 - s + 1];
      } else {
        int base = find(cold, coldMask, s, features[f]);
        at = base < 0 ? -1 : cold[base + 1];
      }
      if (at >= 0) {
        touched += pairs[at];
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
      }
    }
  }

  /** Calls {@code visitor} with every row, hot ones first: its key and all its 16-bit weights. */
  private void forEachRow(RowVisitor visitor) {
    forEachRow(hot, visitor);
    forEachRow(cold, visitor);
  }

  private void forEachRow(int[] slots, RowVisitor visitor) {
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
      } else {
        int at = slots[base + 1];
        for (int j = at + 1; j <= at + pairs[at]; j++) {
          row[pairs[j] >>> 16] = (short) pairs[j];
        }
      }
      visitor.row(key, row);
    }
  }

  private interface RowVisitor {
    void row(int key, short[] weights);
  }

  /** Writes the table in its binary form. */
  public void write(DataOutputStream out) throws IOException {
    int c = classCount;
    out.writeInt(MAGIC);
    out.writeInt(c);
    for (String name : classes) {
      out.writeUTF(name);
    }
    out.writeInt(rowCount);
    out.writeFloat(step);
    out.writeInt(hotRows);
    writeRows(out, hot);
    writeRows(out, cold);
  }

  /** One table's rows in order of their scrambled keys. */
  private void writeRows(DataOutputStream out, int[] slots) throws IOException {
    List<short[]> rows = new ArrayList<>();
    List<Long> order = new ArrayList<>(); // scrambled key (unsigned) above, row number below
    forEachRow(
        slots,
        (key, weights) -> {
          order.add(Integer.toUnsignedLong(FeatureIndex.spread(key)) << 32 | rows.size());
          rows.add(weights.clone());
        });
    order.sort(null);
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
      for (int k = 0; k < classCount; k++) {
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
    if (magic != MAGIC && magic != MAGIC_SCRAMBLED && magic != MAGIC_BY_KEY) {
      throw new IOException("not a weight table");
    }
    int c = in.readInt();
    List<String> classes = new ArrayList<>(c);
    for (int k = 0; k < c; k++) {
      classes.add(in.readUTF());
    }
    int rows = in.readInt();
    float step = in.readFloat();
    int hotRows = magic == MAGIC ? in.readInt() : 0;
    if (hotRows < 0 || hotRows > rows) {
      throw new IOException("bad hot row count " + hotRows);
    }
    int[] keys = new int[rows];
    short[] weights = new short[rows * c];
    long key = 0;
    for (int r = 0; r < rows; r++) {
      if (r == hotRows) {
        key = 0; // the cold rows' keys start again
      }
      key += readVarint(in);
      keys[r] = magic == MAGIC_BY_KEY ? (int) key : FeatureIndex.unspread((int) key);
      int nonZero = (int) readVarint(in);
      for (int j = 0; j < nonZero; j++) {
        int k = (int) readVarint(in);
        weights[r * c + k] = in.readShort();
      }
    }
    return new WeightTable(classes, keys, new Quantised(weights, step), hotRows, null);
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
