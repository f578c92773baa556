package org.tidings.nlp;

import java.util.ArrayList;
import java.util.List;
import org.tidings.model.Span;

/**
 * Pairs quote marks in a text. Knows the English (“ ” and ‘ ’), straight (" and '), guillemet (« »
 * and ‹ ›) and German („ “) styles; single marks inside double quotes are nested quotes and stay
 * part of the text; a ’ followed by a letter is an apostrophe. Paragraphs are separated by line
 * breaks. A quote left open at the end of a paragraph continues when the next paragraph opens a
 * quote of the same kind; otherwise it ends with its paragraph if it holds a few words.
 */
final class QuoteMarks {
  /**
   * Quoted words.
   *
   * @param open offset of the opening mark, or of the paragraph start for a continued quote
   * @param close offset of the closing mark, or of the paragraph end for an open one
   * @param inner the quoted words, without marks and surrounding space
   * @param paragraph index of the paragraph it stands in
   * @param continued true when it carries on a quote left open in the paragraph before
   */
  record Segment(int open, int close, Span inner, int paragraph, boolean continued) {}

  private static final int MIN_OPEN_WORDS = 4;

  private final String text;

  QuoteMarks(String text) {
    this.text = text;
  }

  /** Whether {@code c} is a quote mark of any style. */
  static boolean isMark(char c) {
    return "\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb\u2039\u203a".indexOf(c) >= 0;
  }

  List<Segment> segments() {
    List<Segment> out = new ArrayList<>();
    int n = text.length();
    int paragraph = 0;
    char open = 0;
    int openAt = -1;
    boolean continued = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        int next = nextLineStart(i);
        boolean carries = false;
        if (open != 0) {
          carries = next < n && isDouble(open) && isOpening(text.charAt(next), next);
          if (carries || isDouble(open) && words(openAt + 1, i) >= MIN_OPEN_WORDS) {
            add(out, openAt, i, paragraph, continued);
          }
          continued = carries;
          open = carries ? text.charAt(next) : 0;
          openAt = carries ? next : -1;
        }
        paragraph++;
        i = carries ? next : next - 1;
        continue;
      }
      if (open == 0) {
        if (isOpening(c, i)) {
          open = c;
          openAt = i;
          continued = false;
        }
      } else if (closes(open, c, i)) {
        add(out, openAt, i, paragraph, continued);
        open = 0;
        continued = false;
      } else if (!isDouble(open) && isDouble(c) && isOpening(c, i)) {
        open = c; // the single mark was an apostrophe
        openAt = i;
      }
    }
    if (open != 0 && isDouble(open) && words(openAt + 1, n) >= MIN_OPEN_WORDS) {
      add(out, openAt, n, paragraph, continued);
    }
    return out;
  }

  private void add(List<Segment> out, int open, int close, int paragraph, boolean continued) {
    int s = open + 1;
    int e = close;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Segment(open, close, new Span(s, e), paragraph, continued));
    }
  }

  private int nextLineStart(int i) {
    int j = i;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean isDouble(char c) {
    return c == '\u201c' || c == '\u201e' || c == '"' || c == '\u00ab';
  }

  private boolean isOpening(char c, int i) {
    char prev = i > 0 ? text.charAt(i - 1) : ' ';
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    boolean atStart =
        Character.isWhitespace(prev) || "([{\u2014\u2013-/:\u201c\u201e".indexOf(prev) >= 0;
    return switch (c) {
      case '\u201c', '\u201e', '\u00ab', '\u2039' -> !Character.isWhitespace(next) || atStart;
      case '"', '\u2018' -> atStart && !Character.isWhitespace(next);
      case '\'' -> atStart && Character.isLetter(next);
      default -> false;
    };
  }

  private boolean closes(char open, char c, int i) {
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    return switch (open) {
      case '\u201c' -> c == '\u201d' || c == '"';
      case '\u201e' -> c == '\u201c' || c == '\u201d';
      case '\u00ab' -> c == '\u00bb';
      case '\u2039' -> c == '\u203a';
      case '"' -> c == '"' || c == '\u201d';
      case '\u2018', '\'' -> (c == '\u2019' || c == '\'') && !Character.isLetter(next);
      default -> false;
    };
  }

  private int words(int from, int to) {
    int count = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }
}
