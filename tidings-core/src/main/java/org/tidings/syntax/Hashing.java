package org.tidings.syntax;

/**
 * Combines a feature template number with its values into one non-zero 32-bit key. Stable across
 * runs and machines: it uses only {@link String#hashCode()}, whose values the Java spec fixes.
 */
final class Hashing {
  private Hashing() {}

  static int key(int template, int a) {
    return finish(step(template * 0x01000193, a));
  }

  static int key(int template, int a, int b) {
    return finish(step(step(template * 0x01000193, a), b));
  }

  static int key(int template, int a, int b, int c) {
    return finish(step(step(step(template * 0x01000193, a), b), c));
  }

  private static int step(int h, int v) {
    int k = v * 0xcc9e2d51;
    k = Integer.rotateLeft(k, 15) * 0x1b873593;
    h ^= k;
    return Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
  }

  private static int finish(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h == 0 ? 1 : h;
  }
}
