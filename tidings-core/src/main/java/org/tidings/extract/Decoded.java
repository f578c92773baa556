package org.tidings.extract;

import java.nio.charset.Charset;

/**
 * Text decoded from a source's bytes: its chars, and a string to scan them with.
 *
 * <p>The HTML parser needs the chars, and a {@link String} only to find markup in them with the
 * JDK's vectorized {@code indexOf}. For UTF-8 pages the decoder therefore makes no string of the
 * text: the page's UTF-16 string cost a third of decoding (a failed Latin-1 compression, then a
 * copy of twice the page's length). It makes a Latin-1 {@link #scan} string instead, which has the
 * page's ASCII chars where the text has them and a non-ASCII char where the text has any other:
 * searching it for ASCII chars finds what searching the text would, twice as fast. The text string
 * is made when first asked for.
 */
final class Decoded {
  /** What {@link #scan} has where the text has a char that is not ASCII. */
  static final char NOT_ASCII = '\u0080';

  private final char[] chars;
  private final int length;
  private final String scan;
  private final Charset charset;
  private final int bomLength;
  private final int malformed;
  private final String how;
  private final boolean c1Controls;
  private String text; // made at the first call of text(); a race makes equal strings

  /**
   * Text given as a string.
   *
   * @param text the decoded text, without a byte order mark
   * @param charset the charset used
   * @param bomLength bytes of byte order mark skipped before the text
   * @param malformed how many byte sequences could not be decoded and were replaced
   * @param how where the charset came from: "bom", "transport", "meta", "detected", "fallback"
   */
  Decoded(String text, Charset charset, int bomLength, int malformed, String how) {
    this(text.toCharArray(), text.length(), text, charset, bomLength, malformed, how, false);
    this.text = text;
  }

  /**
   * Text given as chars.
   *
   * @param chars the text is its first {@code length} chars
   * @param scan a string of {@code length} chars equal to the text's wherever the text's are ASCII
   *     and not ASCII elsewhere (the text itself will do)
   * @param c1Controls whether the text holds C1 control chars ({@link #hasC1Controls})
   */
  Decoded(
      char[] chars,
      int length,
      String scan,
      Charset charset,
      int bomLength,
      int malformed,
      String how,
      boolean c1Controls) {
    if (length > chars.length || scan.length() != length) {
      throw new IllegalArgumentException("scan and chars disagree on the text's length");
    }
    this.chars = chars;
    this.length = length;
    this.scan = scan;
    this.charset = charset;
    this.bomLength = bomLength;
    this.malformed = malformed;
    this.how = how;
    this.c1Controls = c1Controls;
  }

  /** The decoded text, without a byte order mark. */
  String text() {
    String t = text;
    if (t == null) {
      t = new String(chars, 0, length);
      text = t;
    }
    return t;
  }

  /** The text's chars: the first {@link #length()} of the array, which may be longer. */
  char[] chars() {
    return chars;
  }

  /** The text's length in chars. */
  int length() {
    return length;
  }

  /** The text's ASCII chars where the text has them, a non-ASCII char elsewhere. */
  String scan() {
    return scan;
  }

  Charset charset() {
    return charset;
  }

  int bomLength() {
    return bomLength;
  }

  int malformed() {
    return malformed;
  }

  String how() {
    return how;
  }

  /**
   * Whether UTF-8 decoding met C1 control chars (U+0080 to U+009F). Text never holds them; a page
   * does when its UTF-8 text was once read as Latin-1 and encoded again ("â\u0080\u0099" for "’"):
   * {@link Mojibake} then repairs its text. False for text decoded otherwise.
   */
  boolean hasC1Controls() {
    return c1Controls;
  }
}
