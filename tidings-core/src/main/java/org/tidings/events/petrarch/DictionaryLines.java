package org.tidings.events.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PETRARCH dictionary with comments removed: {@code <!-- ... -->} (also over several
 * lines), {@code #} to the end of a line and, as in KEDS and TABARI, {@code ;} to the end of a
 * line. Blank lines are kept (as empty text) because they end verb blocks and synsets.
 */
final class DictionaryLines {
  private DictionaryLines() {}

  /** One line: its 1-based number and its text without comments or trailing blanks. */
  record Line(int number, String text) {
    boolean blank() {
      return text.isBlank();
    }
  }

  static List<Line> read(InputStream in) throws IOException {
    List<Line> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    boolean inComment = false;
    while ((line = r.readLine()) != null) {
      n++;
      StringBuilder kept = new StringBuilder();
      int i = 0;
      while (i < line.length()) {
        if (inComment) {
          int end = line.indexOf("-->", i);
          if (end < 0) {
            i = line.length();
          } else {
            inComment = false;
            i = end + 3;
          }
        } else if (line.startsWith("<!--", i)) {
          inComment = true;
          i += 4;
        } else {
          char c = line.charAt(i);
          if (c == '#' || c == ';') {
            break;
          }
          kept.append(c);
          i++;
        }
      }
      String text = kept.toString().stripTrailing();
      if (text.isBlank() && !line.isBlank()) {
        continue; // a comment-only line neither holds nor ends anything
      }
      out.add(new Line(n, text));
    }
    return out;
  }

  /** Words of a phrase: split on blanks and underscores, upper-cased, empty parts dropped. */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.trim().split("[\\s_]+")) {
      if (!w.isEmpty()) {
        out.add(w.toUpperCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }

  /**
   * English regular plural as PETRARCH forms it: +IES after a consonant Y, +ES after SS, else +S.
   */
  static String plural(String w) {
    if (w.endsWith("Y") && w.length() > 1 && "AEIOU".indexOf(w.charAt(w.length() - 2)) < 0) {
      return w.substring(0, w.length() - 1) + "IES";
    }
    if (w.endsWith("SS") || w.endsWith("SH") || w.endsWith("CH") || w.endsWith("X")) {
      return w + "ES";
    }
    return w + "S";
  }
}
