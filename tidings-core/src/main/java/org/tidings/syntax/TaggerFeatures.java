package org.tidings.syntax;

import java.util.List;

/**
 * The features of the part-of-speech tagger for one sentence: the word, its lower-cased form,
 * affixes and shape, its neighbours two either side and the two tags already predicted. Shared by
 * the {@link Tagger} and its trainer so that both see exactly the same keys.
 */
public final class TaggerFeatures {
  /** The most features {@link #extract} writes. */
  public static final int MAX = 32;

  private static final int PAD = 2;
  private static final int START = "<s>".hashCode();
  private static final int END = "</s>".hashCode();

  private final int n;
  private final int[] word;
  private final int[] lower;
  private final int[] suffix1;
  private final int[] suffix2;
  private final int[] suffix3;
  private final int[] suffix4;
  private final int[] prefix1;
  private final int[] prefix3;
  private final int[] shape;

  public TaggerFeatures(List<String> words) {
    n = words.size();
    int m = n + 2 * PAD;
    word = new int[m];
    lower = new int[m];
    suffix1 = new int[m];
    suffix2 = new int[m];
    suffix3 = new int[m];
    suffix4 = new int[m];
    prefix1 = new int[m];
    prefix3 = new int[m];
    shape = new int[m];
    for (int j = 0; j < m; j++) {
      int i = j - PAD;
      if (i < 0 || i >= n) {
        int pad = i < 0 ? START : END;
        word[j] = lower[j] = suffix1[j] = suffix2[j] = suffix3[j] = suffix4[j] = pad;
        prefix1[j] = prefix3[j] = shape[j] = pad;
        continue;
      }
      String w = WordForms.normal(words.get(i));
      String l = WordForms.lower(w);
      word[j] = w.hashCode();
      lower[j] = l.hashCode();
      suffix1[j] = WordForms.suffixHash(l, 1);
      suffix2[j] = WordForms.suffixHash(l, 2);
      suffix3[j] = WordForms.suffixHash(l, 3);
      suffix4[j] = WordForms.suffixHash(l, 4);
      prefix1[j] = WordForms.prefixHash(w, 1);
      prefix3[j] = WordForms.prefixHash(l, 3);
      shape[j] = WordForms.shapeHash(w);
    }
  }

  public int size() {
    return n;
  }

  /**
   * Writes the keys of token {@code i}'s features to {@code out}.
   *
   * @param prev1 the class of the tag before, -1 at the start
   * @param prev2 the class of the tag two before, -1 at the start
   * @return how many keys were written
   */
  public int extract(int i, int prev1, int prev2, int[] out) {
    int j = i + PAD;
    int k = 0;
    out[k++] = Hashing.key(0, 0);
    out[k++] = Hashing.key(1, word[j]);
    out[k++] = Hashing.key(2, lower[j]);
    out[k++] = Hashing.key(3, suffix3[j]);
    out[k++] = Hashing.key(4, suffix2[j]);
    out[k++] = Hashing.key(5, suffix1[j]);
    out[k++] = Hashing.key(6, prefix1[j]);
    out[k++] = Hashing.key(7, prefix3[j]);
    out[k++] = Hashing.key(8, shape[j]);
    out[k++] = Hashing.key(9, prev1);
    out[k++] = Hashing.key(10, prev2);
    out[k++] = Hashing.key(11, prev1, prev2);
    out[k++] = Hashing.key(12, prev1, lower[j]);
    out[k++] = Hashing.key(13, lower[j - 1]);
    out[k++] = Hashing.key(14, suffix3[j - 1]);
    out[k++] = Hashing.key(15, lower[j - 2]);
    out[k++] = Hashing.key(16, lower[j + 1]);
    out[k++] = Hashing.key(17, suffix3[j + 1]);
    out[k++] = Hashing.key(18, lower[j + 2]);
    out[k++] = Hashing.key(19, shape[j + 1]);
    out[k++] = Hashing.key(20, shape[j - 1]);
    out[k++] = Hashing.key(21, lower[j - 1], lower[j]);
    out[k++] = Hashing.key(22, lower[j], lower[j + 1]);
    out[k++] = Hashing.key(23, suffix4[j]);
    out[k++] = Hashing.key(24, i == 0 ? 1 : 0, shape[j]);
    out[k++] = Hashing.key(25, prev1, suffix3[j]);
    out[k++] = Hashing.key(26, prev1, lower[j + 1]);
    out[k++] = Hashing.key(27, suffix2[j + 1], suffix3[j]);
    out[k++] = Hashing.key(28, lower[j - 1], suffix3[j]);
    return k;
  }
}
