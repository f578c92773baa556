package org.tidings.nlp;

import java.util.Arrays;

/**
 * Maps 32-bit feature hashes to dense row numbers with open addressing: a compact, allocation-free
 * stand-in for a {@code HashMap<Integer, Integer>}. Not thread-safe while being filled; safe to
 * read from many threads once filled.
 */
public final class HashIndex {
  private static final int EMPTY = 0;
  private int[] keys;
  private int[] rows;
  private boolean hasZero;
  private int zeroRow;
  private int size;

  public HashIndex(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new int[cap];
    rows = new int[cap];
  }

  public int size() {
    return size;
  }

  /** The row of {@code key}, or -1. */
  public int get(int key) {
    if (key == EMPTY) {
      return hasZero ? zeroRow : -1;
    }
    int mask = keys.length - 1;
    int i = key & mask;
    while (true) {
      int k = keys[i];
      if (k == key) {
        return rows[i];
      }
      if (k == EMPTY) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** The row of {@code key}, giving it the next free row if it has none. */
  public int add(int key) {
    int row = get(key);
    if (row >= 0) {
      return row;
    }
    if (key == EMPTY) {
      hasZero = true;
      zeroRow = size;
      return size++;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    put(key, size);
    return size++;
  }

  private void put(int key, int row) {
    int mask = keys.length - 1;
    int i = key & mask;
    while (keys[i] != EMPTY) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    rows[i] = row;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new int[oldKeys.length * 2];
    rows = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldRows[i]);
      }
    }
  }

  /** Every key, in row order. */
  public int[] keysByRow() {
    int[] out = new int[size];
    Arrays.fill(out, 0);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        out[rows[i]] = keys[i];
      }
    }
    if (hasZero) {
      out[zeroRow] = 0;
    }
    return out;
  }
}
