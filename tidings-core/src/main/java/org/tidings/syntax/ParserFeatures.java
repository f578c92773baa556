package org.tidings.syntax;

import java.util.List;

/**
 * The features of the dependency parser for one sentence: words, tags and suffixes of the stack and
 * buffer words, their heads and children so far, distances, valencies and label sets (after Zhang
 * and Nivre 2011), and a smaller set for choosing an arc's relation. Shared by the {@link
 * DependencyParser} and its trainer.
 */
public final class ParserFeatures {
  /** The most features either method writes. */
  public static final int MAX = 96;

  private static final int NONE = "<none>".hashCode();

  private final int n;
  private final int[] word;
  private final int[] tag;
  private final int[] suffix;

  /** Features over the given words and tags; the root gets its own word and tag. */
  public ParserFeatures(List<String> words, List<String> tags) {
    n = words.size();
    word = new int[n + 1];
    tag = new int[n + 1];
    suffix = new int[n + 1];
    for (int i = 0; i < n; i++) {
      String lower = WordForms.lower(WordForms.normal(words.get(i)));
      word[i] = lower.hashCode();
      tag[i] = tags.get(i).hashCode();
      suffix[i] = WordForms.suffixHash(lower, 3);
    }
    word[n] = "<root>".hashCode();
    tag[n] = "ROOT".hashCode();
    suffix[n] = word[n];
  }

  private int w(int i) {
    return i < 0 || i > n ? NONE : word[i];
  }

  private int t(int i) {
    return i < 0 || i > n ? NONE : tag[i];
  }

  private static int at(int[] a, int i) {
    return i < 0 ? -1 : a[i];
  }

  private static int lab(ParseState s, int i) {
    return i < 0 ? -2 : s.labels[i];
  }

  private static int bits(long[] a, int i) {
    return i < 0 ? -1 : Long.hashCode(a[i]);
  }

  private static int distance(int from, int to, int n) {
    if (from < 0) {
      return 0;
    }
    if (to >= n) {
      return 9;
    }
    int d = to - from;
    return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7;
  }

  /** Writes the keys of the features for choosing the next transition; returns their count. */
  public int transition(ParseState s, int[] out) {
    int s0 = s.top();
    int s1 = s.second();
    int b0 = s.front();
    int b1 = b0 + 1 <= n ? b0 + 1 : -1;
    int b2 = b0 + 2 <= n ? b0 + 2 : -1;
    int s0h = s0 >= 0 && s.heads[s0] >= 0 && s.heads[s0] < n ? s.heads[s0] : -1;
    int s0h2 = s0h >= 0 && s.heads[s0h] >= 0 && s.heads[s0h] < n ? s.heads[s0h] : -1;
    int s0l = at(s.leftmost, s0);
    int s0l2 = at(s.leftmost2, s0);
    int s0r = at(s.rightmost, s0);
    int s0r2 = at(s.rightmost2, s0);
    int b0l = s.leftmost[b0];
    int b0l2 = s.leftmost2[b0];
    int s0w = w(s0);
    int s0t = t(s0);
    int b0w = w(b0);
    int b0t = t(b0);
    int b1w = w(b1);
    int b1t = t(b1);
    int b2t = t(b2);
    int d = distance(s0, b0, n);
    int s0vl = at(s.leftCount, s0);
    int s0vr = at(s.rightCount, s0);
    int b0vl = s.leftCount[b0];
    int headed = s0 < 0 ? -1 : s.heads[s0] >= 0 ? 1 : 0;
    int k = 0;
    out[k++] = Hashing.key(100, s0w);
    out[k++] = Hashing.key(101, s0t);
    out[k++] = Hashing.key(102, s0w, s0t);
    out[k++] = Hashing.key(103, b0w);
    out[k++] = Hashing.key(104, b0t);
    out[k++] = Hashing.key(105, b0w, b0t);
    out[k++] = Hashing.key(106, b1w);
    out[k++] = Hashing.key(107, b1t);
    out[k++] = Hashing.key(108, b1w, b1t);
    out[k++] = Hashing.key(109, w(b2));
    out[k++] = Hashing.key(110, b2t);
    out[k++] = Hashing.key(111, Hashing.key(0, s0w, s0t), b0w, b0t);
    out[k++] = Hashing.key(112, s0w, s0t, b0w);
    out[k++] = Hashing.key(113, s0w, b0w, b0t);
    out[k++] = Hashing.key(114, s0w, s0t, b0t);
    out[k++] = Hashing.key(115, s0t, b0w, b0t);
    out[k++] = Hashing.key(116, s0w, b0w);
    out[k++] = Hashing.key(117, s0t, b0t);
    out[k++] = Hashing.key(118, b0t, b1t);
    out[k++] = Hashing.key(119, b0t, b1t, b2t);
    out[k++] = Hashing.key(120, s0t, b0t, b1t);
    out[k++] = Hashing.key(121, t(s0h), s0t, b0t);
    out[k++] = Hashing.key(122, s0t, t(s0l), b0t);
    out[k++] = Hashing.key(123, s0t, t(s0r), b0t);
    out[k++] = Hashing.key(124, s0t, b0t, t(b0l));
    out[k++] = Hashing.key(125, s0w, d);
    out[k++] = Hashing.key(126, s0t, d);
    out[k++] = Hashing.key(127, b0w, d);
    out[k++] = Hashing.key(128, b0t, d);
    out[k++] = Hashing.key(129, s0w, b0w, d);
    out[k++] = Hashing.key(130, s0t, b0t, d);
    out[k++] = Hashing.key(131, s0w, s0vr);
    out[k++] = Hashing.key(132, s0t, s0vr);
    out[k++] = Hashing.key(133, s0w, s0vl);
    out[k++] = Hashing.key(134, s0t, s0vl);
    out[k++] = Hashing.key(135, b0w, b0vl);
    out[k++] = Hashing.key(136, b0t, b0vl);
    out[k++] = Hashing.key(137, w(s0h));
    out[k++] = Hashing.key(138, t(s0h));
    out[k++] = Hashing.key(139, lab(s, s0));
    out[k++] = Hashing.key(140, w(s0l));
    out[k++] = Hashing.key(141, t(s0l));
    out[k++] = Hashing.key(142, lab(s, s0l));
    out[k++] = Hashing.key(143, w(s0r));
    out[k++] = Hashing.key(144, t(s0r));
    out[k++] = Hashing.key(145, lab(s, s0r));
    out[k++] = Hashing.key(146, w(b0l));
    out[k++] = Hashing.key(147, t(b0l));
    out[k++] = Hashing.key(148, lab(s, b0l));
    out[k++] = Hashing.key(149, w(s0h2));
    out[k++] = Hashing.key(150, t(s0h2));
    out[k++] = Hashing.key(151, lab(s, s0h));
    out[k++] = Hashing.key(152, t(s0l2));
    out[k++] = Hashing.key(153, lab(s, s0l2));
    out[k++] = Hashing.key(154, t(s0r2));
    out[k++] = Hashing.key(155, lab(s, s0r2));
    out[k++] = Hashing.key(156, t(b0l2));
    out[k++] = Hashing.key(157, lab(s, b0l2));
    out[k++] = Hashing.key(158, s0t, t(s0l), t(s0l2));
    out[k++] = Hashing.key(159, s0t, t(s0r), t(s0r2));
    out[k++] = Hashing.key(160, s0t, t(s0h), t(s0h2));
    out[k++] = Hashing.key(161, b0t, t(b0l), t(b0l2));
    out[k++] = Hashing.key(162, s0w, bits(s.rightLabels, s0));
    out[k++] = Hashing.key(163, s0t, bits(s.rightLabels, s0));
    out[k++] = Hashing.key(164, s0w, bits(s.leftLabels, s0));
    out[k++] = Hashing.key(165, s0t, bits(s.leftLabels, s0));
    out[k++] = Hashing.key(166, b0w, bits(s.leftLabels, b0));
    out[k++] = Hashing.key(167, b0t, bits(s.leftLabels, b0));
    out[k++] = Hashing.key(168, t(s1));
    out[k++] = Hashing.key(169, w(s1));
    out[k++] = Hashing.key(170, t(s1), s0t, b0t);
    out[k++] = Hashing.key(171, headed, s0t, b0t);
    out[k++] = Hashing.key(172, headed, s0w, b0t);
    out[k++] = Hashing.key(173, headed, s0t, b0w);
    out[k++] = Hashing.key(174, b0w, b1w);
    out[k++] = Hashing.key(175, b0t, b1w);
    out[k++] = Hashing.key(176, b0w, b1t);
    out[k++] = Hashing.key(177, t(b0 - 1), b0t);
    out[k++] = Hashing.key(178, s0t, s0 >= 0 ? t(s0 + 1) : NONE, b0t);
    out[k++] = Hashing.key(179, s0t, t(b0 - 1), b0t);
    out[k++] = Hashing.key(180, at(suffix, s0), b0t);
    out[k++] = Hashing.key(181, s0t, at(suffix, b0));
    out[k++] = Hashing.key(182, headed, lab(s, s0), b0t);
    out[k++] = Hashing.key(183, s.depth > 2 ? t(s.stackAt(2)) : NONE, t(s1), s0t);
    return k;
  }

  /** Writes the keys of the features for naming the relation of a new arc; returns their count. */
  public int label(ParseState s, int head, int dependent, int[] out) {
    int dir = dependent < head ? 1 : 2;
    int d = dir == 1 ? distance(dependent, head, n) : distance(head, dependent, n);
    int dw = w(dependent);
    int dt = t(dependent);
    int hw = w(head);
    int ht = t(head);
    int dl = s.leftmost[dependent];
    int dr = s.rightmost[dependent];
    int hh = head < n && s.heads[head] >= 0 ? s.heads[head] : -1;
    int k = 0;
    out[k++] = Hashing.key(200, dw);
    out[k++] = Hashing.key(201, dt);
    out[k++] = Hashing.key(202, dw, dt);
    out[k++] = Hashing.key(203, hw);
    out[k++] = Hashing.key(204, ht);
    out[k++] = Hashing.key(205, hw, ht);
    out[k++] = Hashing.key(206, dt, ht, dir);
    out[k++] = Hashing.key(207, dw, ht, dir);
    out[k++] = Hashing.key(208, dt, hw, dir);
    out[k++] = Hashing.key(209, dw, hw, dir);
    out[k++] = Hashing.key(210, Hashing.key(0, dt, ht), d, dir);
    out[k++] = Hashing.key(211, w(dl), dt);
    out[k++] = Hashing.key(212, t(dl), dt);
    out[k++] = Hashing.key(213, lab(s, dl), dt);
    out[k++] = Hashing.key(214, t(dr), dt);
    out[k++] = Hashing.key(215, lab(s, dr), dt);
    out[k++] = Hashing.key(216, bits(s.leftLabels, dependent), dt);
    out[k++] = Hashing.key(217, bits(s.rightLabels, dependent), dt);
    out[k++] = Hashing.key(218, bits(s.leftLabels, head), ht, dir);
    out[k++] = Hashing.key(219, bits(s.rightLabels, head), ht, dir);
    out[k++] = Hashing.key(220, t(hh), ht, dt);
    out[k++] = Hashing.key(221, lab(s, head < n ? head : -1), ht, dt);
    out[k++] = Hashing.key(222, t(dependent - 1), dt);
    out[k++] = Hashing.key(223, t(dependent + 1), dt, ht);
    out[k++] = Hashing.key(224, suffix[dependent], dt);
    out[k++] = Hashing.key(225, suffix[head], ht, dir);
    out[k++] = Hashing.key(226, w(dl), ht, dir);
    out[k++] = Hashing.key(227, w(dl), dw, ht);
    out[k++] = Hashing.key(228, dt, ht, bits(s.leftLabels, head));
    out[k++] = Hashing.key(229, w(dependent - 1), dt, ht);
    out[k++] = Hashing.key(230, dw, ht, t(dl));
    out[k++] = Hashing.key(231, dt, hw, w(dl));
    return k;
  }
}
