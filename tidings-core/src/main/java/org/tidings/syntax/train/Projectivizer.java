package org.tidings.syntax.train;

/**
 * Makes a tree projective by lifting: while some arc crosses another, the shortest such arc's
 * dependent is moved up to its head's head. Heads are numbered from 0, the root is {@code n}.
 */
public final class Projectivizer {
  private Projectivizer() {}

  /** A projective copy of the heads; the input is left alone. */
  public static int[] lift(int[] heads) {
    int[] h = heads.clone();
    int n = h.length;
    while (true) {
      int worst = -1;
      int worstLength = Integer.MAX_VALUE;
      for (int d = 0; d < n; d++) {
        int length = Math.abs(h[d] - d);
        if (length < worstLength && !projective(h, d)) {
          worst = d;
          worstLength = length;
        }
      }
      if (worst < 0) {
        return h;
      }
      h[worst] = h[h[worst]];
    }
  }

  /** True when every tree has no crossing arcs. */
  public static boolean isProjective(int[] heads) {
    for (int d = 0; d < heads.length; d++) {
      if (!projective(heads, d)) {
        return false;
      }
    }
    return true;
  }

  /** True when every word between {@code d} and its head descends from that head. */
  private static boolean projective(int[] h, int d) {
    int head = h[d];
    int n = h.length;
    if (head >= n) {
      return true;
    }
    int lo = Math.min(head, d);
    int hi = Math.max(head, d);
    for (int k = lo + 1; k < hi; k++) {
      int a = k;
      int steps = 0;
      while (a != head && a < n && steps++ <= n) {
        a = h[a];
      }
      if (a != head) {
        return false;
      }
    }
    return true;
  }
}
