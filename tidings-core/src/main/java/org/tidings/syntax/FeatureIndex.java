package org.tidings.syntax;

/**
 * An open-addressing map from hashed feature keys to row numbers. Used read-only by the models and
 * grown by the trainers; key 0 is reserved for empty slots, so callers never store it.
 */
public final class FeatureIndex {
  private int[] keys;
  private int[] rows;
  private int size;

  public FeatureIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new int[capacity];
    rows = new int[capacity];
  }

  public int size() {
    return size;
  }

  /** The row of a key, or -1 when it has none. */
  public int row(int key) {
    int mask = keys.length - 1;
    int i = spread(key) & mask;
    while (true) {
      int k = keys[i];
      if (k == key) {
        return rows[i];
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
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = spread(key) & mask;
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return rows[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    rows[i] = size;
    return size++;
  }

  /** Every key, in row order. */
  public int[] keysByRow() {
    int[] out = new int[size];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        out[rows[i]] = keys[i];
      }
    }
    return out;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new int[oldKeys.length * 2];
    rows = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = spread(oldKeys[j]) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        rows[i] = oldRows[j];
      }
    }
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  @Override
  public String toString() {
    return "FeatureIndex[" + size + " of " + keys.length + "]";
  }
}
