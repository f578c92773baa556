package org.tidings.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash fingerprints of texts over word 3-shingles: texts that share most of their
 * shingles get fingerprints a few bits apart. Case, punctuation and spacing do not matter.
 */
public final class SimHash {
  private static final int SHINGLE = 3;

  private SimHash() {}

  /** The fingerprint of a text. */
  public static long of(String text) {
    List<String> words = words(text);
    int[] votes = new int[64];
    int n = Math.max(1, words.size() - SHINGLE + 1);
    for (int i = 0; i < n && !words.isEmpty(); i++) {
      long h = 0xcbf29ce484222325L;
      for (int k = i; k < Math.min(words.size(), i + SHINGLE); k++) {
        h = hash(words.get(k), h);
      }
      h = mix(h);
      for (int bit = 0; bit < 64; bit++) {
        votes[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
      }
    }
    long fingerprint = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (votes[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  /** How many bits two fingerprints differ in. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }

  /** FNV-1a over the chars of a word, continuing from {@code h}. */
  private static long hash(String word, long h) {
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= ' ';
    h *= 0x100000001b3L;
    return h;
  }

  /** A finalizer (from SplitMix64) so every bit depends on every input bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
