package org.tidings.extract;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** Which writing system a piece of text is mostly in. */
final class Scripts {
  private Scripts() {}

  /** The script of most letters in {@code s}, or {@code COMMON} when it has no letters. */
  static UnicodeScript dominant(CharSequence s) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    count(s, counts);
    return dominant(counts);
  }

  static void count(CharSequence s, Map<UnicodeScript, Integer> counts) {
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        UnicodeScript script = UnicodeScript.of(cp);
        if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
          script = UnicodeScript.HAN; // Japanese mixes all three
        }
        counts.merge(script, 1, Integer::sum);
      }
    }
  }

  static UnicodeScript dominant(Map<UnicodeScript, Integer> counts) {
    UnicodeScript best = UnicodeScript.COMMON;
    int max = 0;
    for (Map.Entry<UnicodeScript, Integer> e : counts.entrySet()) {
      if (e.getValue() > max) {
        max = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }
}
