package org.tidings.syntax;

/**
 * An open-addressing map from hashed feature keys to row numbers. Used read-only by the models and
 * grown by the trainers; key 0 is reserved for empty slots, so callers never store it.
 */
public final class FeatureIndex {
  private int[] slots; // key, row, key, row, ...: one cache line holds both
  private int capacity;
  private int shift;
  private int size;

  public FeatureIndex(int expected) {
    capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    shift = 32 - Integer.numberOfTrailingZeros(capacity);
    slots = new int[2 * capacity];
  }

  public int size() {
    return size;
  }

  /** The row of a key, or -1 when it has none. */
  public int row(int key) {
    int mask = capacity - 1;
    int i = spread(key) >>> shift;
    while (true) {
      int k = slots[2 * i];
      if (k == key) {
        return slots[2 * i + 1];
      }
      if (k == 0) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** The row of a key, giving it the next free row when it has none. */
  public int rowOrAdd(int key) {
    if (key == 0) {
      throw new IllegalArgumentException("key 0 is reserved");
    }
    if (2 * (size + 1) > capacity) {
      grow();
    }
    int mask = capacity - 1;
    int i = spread(key) >>> shift;
    while (slots[2 * i] != 0) {
      if (slots[2 * i] == key) {
        return slots[2 * i + 1];
      }
      i = (i + 1) & mask;
    }
    slots[2 * i] = key;
    slots[2 * i + 1] = size;
    return size++;
  }

  /** Every key, in row order. */
  public int[] keysByRow() {
    int[] out = new int[size];
    for (int i = 0; i < capacity; i++) {
      if (slots[2 * i] != 0) {
        out[slots[2 * i + 1]] = slots[2 * i];
      }
    }
    return out;
  }

  private void grow() {
    int[] old = slots;
    capacity *= 2;
    shift--;
    slots = new int[2 * capacity];
    int mask = capacity - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j] != 0) {
        int i = spread(old[j]) >>> shift;
        while (slots[2 * i] != 0) {
          i = (i + 1) & mask;
        }
        slots[2 * i] = old[j];
        slots[2 * i + 1] = old[j + 1];
      }
    }
  }

  /**
   * Scrambles a key; a table of 2^b slots starts its search at the top b bits. The scramble is a
   * bijection, so model files can store keys in scrambled order (which fills tables front to back
   * when loading) and get them back with {@link #unspread}.
   */
  static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private static final int INVERSE = inverse(0x9E3779B9);

  static int unspread(int s) {
    int h = s ^ (s >>> 16);
    return h * INVERSE;
  }

  private static int inverse(int odd) {
    int x = odd;
    for (int i = 0; i < 5; i++) {
      x *= 2 - odd * x;
    }
    return x;
  }

  @Override
  public String toString() {
    return "FeatureIndex[" + size + " of " + capacity + "]";
  }
}
