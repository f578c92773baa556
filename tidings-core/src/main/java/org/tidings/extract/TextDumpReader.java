package org.tidings.extract;

import java.lang.Character.UnicodeScript;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a scraped text dump: one paragraph per line, page furniture left in. Drops navigation and
 * accessibility labels (also short lines in another script than the body), repeated lines (captions
 * printed twice), runs of one- and two-word lines (size pickers, menus) and share-bar leftovers;
 * takes the first headline-like line as the title.
 */
final class TextDumpReader {
  private static final Pattern WORDS = Pattern.compile("\\s+");
  private static final int MAX_LABEL_WORDS = 6;
  private static final int MIN_SHORT_RUN = 3;
  private static final int MAX_TITLE_WORDS = 30;

  private final FurnitureRules rules;

  TextDumpReader(FurnitureRules rules) {
    this.rules = rules;
  }

  /** One line of the dump. */
  record Line(String text, long byteStart, int words) {}

  /** What the dump holds: its title line (or none) and its body lines, in order. */
  record Reading(Line title, List<Line> body) {}

  Reading read(Decoded decoded) {
    List<Line> lines = split(decoded);
    UnicodeScript bodyScript = bodyScript(lines);
    boolean[] drop = new boolean[lines.size()];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String key = FurnitureRules.normalize(line.text());
      drop[i] =
          rules.isFurnitureLine(line.text())
              || rules.isShareLine(line.text())
              || isForeignLabel(line, bodyScript)
              || !seen.add(key);
    }
    dropShortRuns(lines, drop);
    List<Line> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!drop[i]) {
        kept.add(lines.get(i));
      }
    }
    trimTail(kept);
    Line title = null;
    if (kept.size() > 1 && isHeadline(kept.get(0))) {
      title = kept.remove(0);
    }
    return new Reading(title, kept);
  }

  /** Non-blank lines, trimmed, with the byte offset of their first char. */
  static List<Line> split(Decoded decoded) {
    String text = decoded.text();
    TextBuilder.ByteWidth width = width(decoded.charset());
    List<Line> lines = new ArrayList<>();
    long bytes = decoded.bomLength();
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int start = i;
      long startByte = bytes;
      while (start < end && isSpace(text.charAt(start))) {
        startByte += width.of(text.charAt(start));
        start++;
      }
      int stop = end;
      while (stop > start && isSpace(text.charAt(stop - 1))) {
        stop--;
      }
      if (stop > start) {
        String t = text.substring(start, stop);
        lines.add(new Line(t, startByte, WORDS.split(t).length));
      }
      for (int k = i; k < end; ) {
        int cp = text.codePointAt(k);
        bytes += width.of(cp);
        k += Character.charCount(cp);
      }
      i = end;
      if (i < text.length()) {
        bytes += width.of(text.charAt(i));
        i++;
      }
    }
    return lines;
  }

  static TextBuilder.ByteWidth width(Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8)) {
      return cp -> cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    if (cs.name().startsWith("UTF-16")) {
      return cp -> cp < 0x10000 ? 2 : 4;
    }
    if (cs.name().startsWith("UTF-32")) {
      return cp -> 4;
    }
    float max = cs.newEncoder().maxBytesPerChar();
    if (max <= 1.0f) {
      return cp -> 1;
    }
    return cp -> new String(Character.toChars(cp)).getBytes(cs).length;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF' || c == '\u200B';
  }

  /** The script of the longest lines: the body's. */
  private static UnicodeScript bodyScript(List<Line> lines) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    for (Line line : lines) {
      if (line.words() > MAX_LABEL_WORDS) {
        Scripts.count(line.text(), counts);
      }
    }
    if (counts.isEmpty()) {
      for (Line line : lines) {
        Scripts.count(line.text(), counts);
      }
    }
    return Scripts.dominant(counts);
  }

  /** A short line in another script than the body: a language switch or accessibility label. */
  private static boolean isForeignLabel(Line line, UnicodeScript body) {
    if (line.words() > MAX_LABEL_WORDS || body == UnicodeScript.COMMON) {
      return false;
    }
    UnicodeScript own = Scripts.dominant(line.text());
    return own != UnicodeScript.COMMON && own != body;
  }

  /** Drops runs of at least three lines of one or two words each: menus, size pickers. */
  private static void dropShortRuns(List<Line> lines, boolean[] drop) {
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).words() > 2) {
        i++;
        continue;
      }
      int j = i;
      while (j < lines.size() && lines.get(j).words() <= 2) {
        j++;
      }
      if (j - i >= MIN_SHORT_RUN) {
        for (int k = i; k < j; k++) {
          drop[k] = true;
        }
      }
      i = j;
    }
  }

  /** Drops short unpunctuated lines after the last paragraph: tag lists, leftover links. */
  private static void trimTail(List<Line> kept) {
    while (kept.size() > 1) {
      Line last = kept.get(kept.size() - 1);
      if (last.words() > 3 || endsSentence(last.text())) {
        return;
      }
      kept.remove(kept.size() - 1);
    }
  }

  private static boolean isHeadline(Line line) {
    String t = line.text();
    return line.words() <= MAX_TITLE_WORDS
        && !t.endsWith(".")
        && !t.endsWith(",")
        && !t.endsWith(":")
        && !t.endsWith(";");
  }

  private static boolean endsSentence(String t) {
    char c = t.charAt(t.length() - 1);
    return ".!?。！？…\"”»)".indexOf(c) >= 0;
  }
}
