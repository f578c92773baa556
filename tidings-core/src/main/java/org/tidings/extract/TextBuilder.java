package org.tidings.extract;

import org.tidings.model.SourceMap;

/**
 * Builds an article text paragraph by paragraph, recording where each piece came from. Paragraphs
 * are separated by one blank line.
 */
final class TextBuilder {
  private final StringBuilder text = new StringBuilder();
  private final SourceMap.Builder map;
  private boolean pendingBreak;
  private boolean pendingSpace;

  TextBuilder(String unit) {
    this.map = new SourceMap.Builder(unit);
  }

  /** Ends the current paragraph: the next text starts after a blank line. */
  void paragraphBreak() {
    if (text.length() > 0) {
      pendingBreak = true;
    }
  }

  /** Asks for a space before the next text of this paragraph. */
  void space() {
    if (text.length() > 0 && !pendingBreak) {
      pendingSpace = true;
    }
  }

  /** Appends {@code s} (already normalized) that starts at {@code source} in the source. */
  void append(String s, long source) {
    if (s.isEmpty()) {
      return;
    }
    separate();
    map.add(text.length(), source, s.length());
    text.append(s);
  }

  /** Appends a paragraph with its pieces' source offsets (pieces at -1 map to nothing). */
  void append(Paragraph p) {
    if (p.text().isEmpty()) {
      return;
    }
    separate();
    int base = text.length();
    for (int i = 0; i < p.starts().length; i++) {
      if (p.sources()[i] >= 0) {
        map.add(base + p.starts()[i], p.sources()[i], p.lengths()[i]);
      }
    }
    text.append(p.text());
  }

  /**
   * Appends a line of a text dump, mapping every char to its byte offset: runs of one-byte chars
   * share a segment, each wider char gets its own.
   */
  void appendLine(String line, long byteStart, ByteWidth width) {
    if (line.isEmpty()) {
      return;
    }
    separate();
    int base = text.length();
    long at = byteStart;
    int runStart = 0;
    long runByte = at;
    int i = 0;
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      int chars = Character.charCount(cp);
      int bytes = width.of(cp);
      if (bytes != 1 || chars != 1) {
        if (i > runStart) {
          map.add(base + runStart, runByte, i - runStart);
        }
        map.add(base + i, at, chars);
        at += bytes;
        i += chars;
        runStart = i;
        runByte = at;
      } else {
        at++;
        i++;
      }
    }
    if (i > runStart) {
      map.add(base + runStart, runByte, i - runStart);
    }
    text.append(line);
  }

  private void separate() {
    if (pendingBreak) {
      text.append("\n\n");
    } else if (pendingSpace) {
      text.append(' ');
    }
    pendingBreak = false;
    pendingSpace = false;
  }

  int length() {
    return text.length();
  }

  String text() {
    return text.toString();
  }

  SourceMap sourceMap() {
    return map.build();
  }

  /** How many bytes a code point takes in a charset. */
  interface ByteWidth {
    int of(int codePoint);
  }
}
