package org.tidings.extract;

/**
 * Repairs text whose UTF-8 bytes were once read as Latin-1 and encoded again:
 * "computerâ\u0080\u0099s" becomes "computer’s", "\u00C2\u00A0" a no-break space. Every run of
 * chars that spells a valid UTF-8 sequence in Latin-1 (a lead char from U+00C2 to U+00F4, then the
 * right number of chars from U+0080 to U+00BF) is replaced by the char it encodes. Called only on
 * pages whose decoding met C1 control chars ({@link Decoded#hasC1Controls}), which text never holds
 * but nearly every such page does (the second and third bytes of ’, “, ” and the dashes): on other
 * pages a Latin-1 pair such as "É»" is text.
 */
final class Mojibake {
  private Mojibake() {}

  /** The text with every double-encoded sequence decoded; the text itself when it has none. */
  static String repaired(String text) {
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '\u00C2' || c > '\u00F4') {
        continue;
      }
      int length = c < '\u00E0' ? 2 : c < '\u00F0' ? 3 : 4;
      int cp = sequence(text, i, length);
      if (cp < 0) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(text, copied, i).appendCodePoint(cp);
      i += length - 1;
      copied = i + 1;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /**
   * The code point that the {@code length} chars from {@code at}, read as bytes, encode in UTF-8;
   * -1 when they are no valid sequence (cut off, a char that is no continuation byte, overlong, a
   * surrogate, past U+10FFFF).
   */
  private static int sequence(String text, int at, int length) {
    if (at + length > text.length()) {
      return -1;
    }
    int cp = text.charAt(at) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (int k = 1; k < length; k++) {
      char d = text.charAt(at + k);
      if (d < '\u0080' || d > '\u00BF') {
        return -1;
      }
      cp = cp << 6 | (d & 0x3F);
    }
    boolean valid =
        switch (length) {
          case 2 -> true; // a lead char from U+00C2 gives U+0080 or more
          case 3 -> cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF);
          default -> cp >= 0x10000 && cp <= 0x10FFFF;
        };
    return valid ? cp : -1;
  }
}
