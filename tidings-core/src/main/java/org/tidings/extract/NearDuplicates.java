package org.tidings.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups near-duplicate articles (syndicated copies of one story, the same wire text on many sites)
 * by SimHash: two texts whose fingerprints differ in at most {@code maxDistance} bits are copies,
 * and copies of copies join one cluster. Candidates are found by bands of the fingerprint, so the
 * cost grows with the number of texts, not its square. Pure: no state between calls.
 */
public final class NearDuplicates {
  private final int maxDistance;

  /** Clusters texts whose fingerprints differ in at most {@code maxDistance} of 64 bits (0-7). */
  public NearDuplicates(int maxDistance) {
    if (maxDistance < 0 || maxDistance > 7) {
      throw new IllegalArgumentException("maxDistance must be 0..7, was " + maxDistance);
    }
    this.maxDistance = maxDistance;
  }

  /**
   * Six bits: copies that differ by a dateline, a credit line or a changed headline (up to about a
   * tenth of their shingles on a short wire story) stay together; different stories, even on one
   * topic, are usually 20 or more bits apart.
   */
  public static NearDuplicates standard() {
    return new NearDuplicates(6);
  }

  /**
   * The cluster of each text: the index of the first text of its cluster, so a text with no copy
   * gets its own index.
   */
  public List<Integer> clusters(List<String> texts) {
    long[] prints = new long[texts.size()];
    for (int i = 0; i < prints.length; i++) {
      prints[i] = SimHash.of(texts.get(i));
    }
    return clustersOf(prints);
  }

  /** The clusters of texts given by their {@link SimHash} fingerprints. */
  public List<Integer> clustersOf(long[] prints) {
    int[] parent = new int[prints.length];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    // With d differing bits, some band of (d+1) equal bands is identical (pigeonhole).
    int bands = maxDistance + 1;
    int width = 64 / bands;
    for (int b = 0; b < bands; b++) {
      int shift = b * width;
      long mask = b == bands - 1 ? -1L >>> shift : ((1L << width) - 1);
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < prints.length; i++) {
        buckets.computeIfAbsent((prints[i] >>> shift) & mask, k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            int i = bucket.get(x);
            int j = bucket.get(y);
            if (SimHash.distance(prints[i], prints[j]) <= maxDistance) {
              union(parent, i, j);
            }
          }
        }
      }
    }
    List<Integer> out = new ArrayList<>(prints.length);
    for (int i = 0; i < prints.length; i++) {
      out.add(find(parent, i));
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins two sets, the smaller index becoming the root so ids are first members. */
  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
