package org.tidings.syntax;

import java.util.Locale;

/** The forms of a word that features look at: normalised, lower-cased, shape, affixes. */
public final class WordForms {
  private WordForms() {}

  /** Typographic quotes and dashes as in the training treebanks' plain forms. */
  public static String normal(String word) {
    StringBuilder b = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char r =
          switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2013', '\u2014', '\u2212' -> '-';
            default -> c;
          };
      if (r != c && b == null) {
        b = new StringBuilder(word);
      }
      if (b != null) {
        b.setCharAt(i, r);
      }
    }
    return b == null ? word : b.toString();
  }

  /** Lower case with every digit written as 0, so that years and amounts share features. */
  public static String lower(String normal) {
    String lower = normal.toLowerCase(Locale.ROOT);
    StringBuilder b = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= '1' && c <= '9') {
        if (b == null) {
          b = new StringBuilder(lower);
        }
        b.setCharAt(i, '0');
      }
    }
    return b == null ? lower : b.toString();
  }

  /** Character classes with runs collapsed: "Ilham" is Xx, "2009-2011" is d-d, "U.S." is X.X. */
  public static String shape(String word) {
    StringBuilder b = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < word.length() && b.length() < 8; i++) {
      char k = shapeClass(word.charAt(i));
      if (k != last) {
        b.append(k);
        last = k;
      }
    }
    return b.toString();
  }

  /** A character's class in a shape: X upper case, x lower case, d digit, else itself. */
  private static char shapeClass(char c) {
    return Character.isUpperCase(c)
        ? 'X'
        : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
  }

  /** {@code suffix(s, n).hashCode()}, without making the string. */
  public static int suffixHash(String s, int n) {
    return hash(s, Math.max(0, s.length() - n), s.length());
  }

  /** {@code prefix(s, n).hashCode()}, without making the string. */
  public static int prefixHash(String s, int n) {
    return hash(s, 0, Math.min(n, s.length()));
  }

  /** {@code shape(word).hashCode()}, without making the string. */
  public static int shapeHash(String word) {
    int h = 0;
    int length = 0;
    char last = 0;
    for (int i = 0; i < word.length() && length < 8; i++) {
      char k = shapeClass(word.charAt(i));
      if (k != last) {
        h = 31 * h + k;
        length++;
        last = k;
      }
    }
    return h;
  }

  /** The {@link String#hashCode()} of {@code s.substring(from, to)}. */
  private static int hash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  public static String suffix(String s, int n) {
    return s.length() <= n ? s : s.substring(s.length() - n);
  }

  public static String prefix(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }
}
