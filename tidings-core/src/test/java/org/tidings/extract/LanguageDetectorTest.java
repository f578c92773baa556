package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private final LanguageDetector detector = LanguageDetector.standard();

  @Test
  void knowsSeventyLanguagesOrMore() {
    assertTrue(detector.languages() >= 70, "knows " + detector.languages());
  }

  @Test
  void tellsLanguagesByScriptAndWords() {
    assertEquals("hy", detector.detect("Մատչելիության հղումներ"));
    assertEquals("ka", detector.detect("ხელმისაწვდომობის ბმულები"));
    assertEquals(
        "en",
        detector.detect(
            "The minister said that the talks were going well and that he was hopeful."));
    assertEquals(
        "de",
        detector.detect(
            "Der Minister sagte, dass die Gespräche gut verlaufen und er sei zuversichtlich."));
    assertEquals(
        "fr",
        detector.detect(
            "Le ministre a dit que les discussions se passent bien et qu'il est optimiste."));
    assertEquals(
        "ru",
        detector.detect(
            "Министр сказал, что переговоры идут хорошо и что он с оптимизмом смотрит."));
    assertEquals(
        "uk",
        detector.detect(
            "Міністр сказав, що переговори йдуть добре і що він є оптимістом, але це ще не все."));
    assertEquals("ja", detector.detect("大臣は交渉が順調に進んでいると述べた。"));
    assertEquals("zh", detector.detect("部长说谈判进展顺利。"));
    assertEquals("und", detector.detect("12345 !!!"));
  }

  @Test
  void splitsWordsAsTheNonWordPatternDoes() {
    Pattern nonWord = Pattern.compile("[^\\p{L}\\p{M}']+");
    for (String text :
        List.of(
            "",
            "  ",
            "l'homme, c'est-à-dire «le» 12 fois",
            " Ärger—über…Straße ",
            "हिन्दी में ख़बर", // marks inside words
            "a\uD835\uDC00b \uD800 c\uDC00", // a supplementary letter, lone surrogates
            "İstanbul ǅ ʰ x²y ½z")) {
      List<String> expected = new ArrayList<>();
      for (String w : nonWord.split(text)) {
        if (!w.isEmpty()) {
          expected.add(w);
        }
      }
      List<String> words = new ArrayList<>();
      for (int start = LanguageDetector.wordStart(text, 0), end;
          start >= 0;
          start = LanguageDetector.wordStart(text, end)) {
        end = LanguageDetector.wordEnd(text, start);
        words.add(text.substring(start, end));
      }
      assertEquals(expected, words, text);
    }
  }

  @Test
  void readsTheFirstFourThousandCharsEvenInsideAPair() {
    String english = "the talks and the minister said that he was hopeful of a deal ";
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 3999) {
      sb.append(english);
    }
    sb.setLength(3999);
    String cut = sb + "\uD801\uDC00" + "Մատչելիության հղումներ ".repeat(400); // pair at 3999
    assertEquals("en", detector.detect(cut));
    assertEquals(detector.detect(cut.substring(0, 4000)), detector.detect(cut));
  }

  @Test
  void normalizesTags() {
    assertEquals("en", LanguageDetector.code("en-US"));
    assertEquals("pt", LanguageDetector.code("pt_BR"));
    assertEquals("he", LanguageDetector.code("iw"));
    assertEquals("und", LanguageDetector.code("english"));
  }
}
