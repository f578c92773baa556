package org.tidings.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the language of a text: by its script where a script has one main language (Armenian,
 * Georgian, Greek, Hebrew, Thai, Korean, Japanese, the Indic scripts...), else by counting frequent
 * function words of each language written in that script ({@code language-words.tsv}). Fast: reads
 * at most the first few thousand chars. Knows 85 languages.
 */
public final class LanguageDetector {
  private static final int SAMPLE = 4000;
  private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
  private static final java.util.regex.Pattern TWO_LETTERS =
      java.util.regex.Pattern.compile("[a-z]{2}");
  private static final Map<UnicodeScript, String> BY_SCRIPT = byScript();

  private static Map<UnicodeScript, String> byScript() {
    Map<UnicodeScript, String> m = new EnumMap<>(UnicodeScript.class);
    m.put(UnicodeScript.ARMENIAN, "hy");
    m.put(UnicodeScript.GEORGIAN, "ka");
    m.put(UnicodeScript.GREEK, "el");
    m.put(UnicodeScript.HEBREW, "he");
    m.put(UnicodeScript.THAI, "th");
    m.put(UnicodeScript.LAO, "lo");
    m.put(UnicodeScript.KHMER, "km");
    m.put(UnicodeScript.MYANMAR, "my");
    m.put(UnicodeScript.SINHALA, "si");
    m.put(UnicodeScript.TAMIL, "ta");
    m.put(UnicodeScript.TELUGU, "te");
    m.put(UnicodeScript.KANNADA, "kn");
    m.put(UnicodeScript.MALAYALAM, "ml");
    m.put(UnicodeScript.GUJARATI, "gu");
    m.put(UnicodeScript.GURMUKHI, "pa");
    m.put(UnicodeScript.BENGALI, "bn");
    m.put(UnicodeScript.ORIYA, "or");
    m.put(UnicodeScript.ETHIOPIC, "am");
    m.put(UnicodeScript.THAANA, "dv");
    m.put(UnicodeScript.TIBETAN, "bo");
    m.put(UnicodeScript.MONGOLIAN, "mn");
    m.put(UnicodeScript.HANGUL, "ko");
    m.put(UnicodeScript.HAN, "zh");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Function words per script, then per language. */
  private final Map<UnicodeScript, Map<String, List<String>>> words;

  private LanguageDetector(Map<UnicodeScript, Map<String, List<String>>> words) {
    this.words = words;
  }

  /** The detector with the profiles bundled with Tidings. */
  public static LanguageDetector standard() {
    Map<UnicodeScript, Map<String, List<String>>> words = new EnumMap<>(UnicodeScript.class);
    try (InputStream in = LanguageDetector.class.getResourceAsStream("language-words.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        UnicodeScript script = UnicodeScript.valueOf(f[1].trim());
        Map<String, List<String>> byWord = words.computeIfAbsent(script, s -> new HashMap<>());
        for (String w : f[2].trim().split("\\s+")) {
          byWord.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LanguageDetector(words);
  }

  /** How many languages this detector can name. */
  public int languages() {
    java.util.Set<String> all = new java.util.HashSet<>(BY_SCRIPT.values());
    all.add("ja");
    for (Map<String, List<String>> m : words.values()) {
      for (List<String> l : m.values()) {
        all.addAll(l);
      }
    }
    return all.size();
  }

  /** The ISO 639-1 code of the text's language, or "und". */
  public String detect(String text) {
    // The sample's chars in one array: a loop over it, not charAt's checks per char.
    int n = Math.min(text.length(), SAMPLE);
    char[] chars = new char[n];
    text.getChars(0, n, chars, 0);
    int[] byOrdinal = new int[SCRIPTS.length]; // counted unboxed, then put in script order
    int kana = 0;
    int latin = 0;
    for (int i = 0; i < n; ) {
      char c = chars[i];
      if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          latin++; // ASCII letters: no script table search
        }
        i++;
        continue;
      }
      int cp = Character.codePointAt(chars, i, n); // a pair cut at the sample's end: one char
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        UnicodeScript s = UnicodeScript.of(cp);
        if (s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA) {
          kana++;
          s = UnicodeScript.HAN;
        }
        byOrdinal[s.ordinal()]++;
      }
    }
    byOrdinal[UnicodeScript.LATIN.ordinal()] += latin;
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    for (int k = 0; k < byOrdinal.length; k++) {
      if (byOrdinal[k] > 0) {
        counts.put(SCRIPTS[k], byOrdinal[k]);
      }
    }
    UnicodeScript script = Scripts.dominant(counts);
    if (script == UnicodeScript.HAN && kana > 0) {
      return "ja";
    }
    String byScript = BY_SCRIPT.get(script);
    if (byScript != null) {
      return byScript;
    }
    Map<String, List<String>> profile = words.get(script);
    if (profile == null) {
      return "und";
    }
    Map<String, Integer> hits = new HashMap<>();
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    String lower = sample.toLowerCase(Locale.ROOT);
    for (int start = wordStart(lower, 0), end; start >= 0; start = wordStart(lower, end)) {
      end = wordEnd(lower, start);
      List<String> langs = profile.get(lower.substring(start, end));
      if (langs != null) {
        for (String lang : langs) {
          hits.merge(lang, 1, Integer::sum);
        }
      }
    }
    String best = "und";
    int max = 1;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > max
          || (e.getValue() == max && !best.equals("und") && e.getKey().compareTo(best) < 0)) {
        max = e.getValue();
        best = e.getKey();
      }
    }
    if (best.equals("und")) {
      return switch (script) {
        case CYRILLIC -> "ru";
        case ARABIC -> "ar";
        case DEVANAGARI -> "hi";
        default -> "und";
      };
    }
    return best;
  }

  /** Letters ({@code \p{L}}) and marks ({@code \p{M}}) by their general category. */
  private static final int WORD_TYPES =
      1 << Character.UPPERCASE_LETTER
          | 1 << Character.LOWERCASE_LETTER
          | 1 << Character.TITLECASE_LETTER
          | 1 << Character.MODIFIER_LETTER
          | 1 << Character.OTHER_LETTER
          | 1 << Character.NON_SPACING_MARK
          | 1 << Character.ENCLOSING_MARK
          | 1 << Character.COMBINING_SPACING_MARK;

  /**
   * True when a code point is a word char: a letter, a mark or an apostrophe, what {@code
   * [\p{L}\p{M}']} matches. The words of a text are what splitting it at runs of other chars gives.
   */
  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || cp == '\'';
    }
    return (WORD_TYPES >>> Character.getType(cp) & 1) != 0;
  }

  /** Where the next word starts at or after {@code from}, or -1. */
  static int wordStart(String s, int from) {
    for (int i = from; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isWordChar(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** Where the word starting at {@code start} ends. */
  static int wordEnd(String s, int start) {
    int i = start;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isWordChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** "en-US", "en_GB", "EN" become "en"; anything unreadable becomes "und". */
  public static String code(String tag) {
    if (tag == null) {
      return "und";
    }
    String t = tag.trim().toLowerCase(Locale.ROOT);
    int cut = t.indexOf('-');
    int under = t.indexOf('_');
    if (under >= 0 && (cut < 0 || under < cut)) {
      cut = under;
    }
    if (cut > 0) {
      t = t.substring(0, cut);
    }
    if (t.equals("iw")) {
      return "he";
    }
    if (t.equals("nb") || t.equals("nn")) {
      return "no";
    }
    return TWO_LETTERS.matcher(t).matches() ? t : "und";
  }
}
