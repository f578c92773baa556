package org.tidings.extract;

import java.util.Arrays;

/**
 * One paragraph of extracted text with the source offsets of its pieces.
 *
 * @param text the paragraph, whitespace collapsed
 * @param kind what it is
 * @param starts offset in {@code text} of each piece
 * @param sources source offset of each piece
 * @param lengths length of each piece
 */
record Paragraph(String text, Kind kind, int[] starts, long[] sources, int[] lengths) {

  /** What a paragraph is. */
  enum Kind {
    TEXT,
    HEADING,
    ITEM,
    QUOTE,
    CODE,
    CAPTION
  }

  /** A paragraph that came from one place. */
  static Paragraph of(String text, Kind kind, long source) {
    return new Paragraph(text, kind, new int[] {0}, new long[] {source}, new int[] {text.length()});
  }

  /** Collects the pieces of one paragraph. */
  static final class Builder {
    // The text in a char array, not a StringBuilder: one that met a char beyond Latin-1 (a curly
    // quote) would stay two bytes a char for every later paragraph, each compressed again.
    private char[] text = new char[256];
    private int length;
    private int[] starts = new int[8];
    private long[] sources = new long[8];
    private int[] lengths = new int[8];
    private int size;
    private boolean space;

    /** Adds raw text (whitespace collapsed here) found at {@code source}; -1 when unknown. */
    void add(String raw, long source) {
      int i = 0;
      int n = raw.length();
      while (i < n) {
        char c = raw.charAt(i);
        if (isSpace(c)) {
          space = true;
          i++;
          continue;
        }
        int j = i;
        if (source >= 0) {
          // Words apart by single plain spaces come out as they are: one piece, one append.
          while (j < n) {
            if (!isSpace(raw.charAt(j))) {
              j++;
            } else if (raw.charAt(j) == ' ' && j + 1 < n && !isSpace(raw.charAt(j + 1))) {
              j += 2;
            } else {
              break;
            }
          }
        } else {
          while (j < n && !isSpace(raw.charAt(j))) {
            j++;
          }
        }
        if (length + 1 + j - i > text.length) {
          text = Arrays.copyOf(text, Math.max(2 * text.length, length + 1 + j - i));
        }
        if (space && length > 0) {
          text[length++] = ' ';
        }
        space = false;
        piece(length, source < 0 ? -1 : source + i, j - i);
        raw.getChars(i, j, text, length);
        length += j - i;
        i = j;
      }
    }

    /** Separates what follows by a space (an inline break). */
    void space() {
      space = true;
    }

    private void piece(int start, long source, int len) {
      if (size > 0 && sources[size - 1] >= 0 && source >= 0) {
        int prevEnd = starts[size - 1] + lengths[size - 1];
        // Extend the last piece when this one continues it in the text: one piece per text node.
        if (start - prevEnd <= 1 && source - sources[size - 1] == start - starts[size - 1]) {
          lengths[size - 1] = start + len - starts[size - 1];
          return;
        }
      }
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        sources = Arrays.copyOf(sources, size * 2);
        lengths = Arrays.copyOf(lengths, size * 2);
      }
      starts[size] = start;
      sources[size] = source;
      lengths[size] = len;
      size++;
    }

    boolean isEmpty() {
      return length == 0;
    }

    int length() {
      return length;
    }

    Paragraph build(Kind kind) {
      Paragraph p =
          new Paragraph(
              new String(text, 0, length),
              kind,
              Arrays.copyOf(starts, size),
              Arrays.copyOf(sources, size),
              Arrays.copyOf(lengths, size));
      length = 0;
      size = 0;
      space = false;
      return p;
    }

    private static boolean isSpace(char c) {
      // Split at ' ': one comparison for most chars.
      return c <= ' '
          ? c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
          : c >= '\u00A0' && isWideSpace(c);
    }

    private static boolean isWideSpace(char c) {
      return c == '\u00A0' || c == '\u200B' || c == '\u2009' || c == '\u202F' || c == '\u3000';
    }
  }
}
