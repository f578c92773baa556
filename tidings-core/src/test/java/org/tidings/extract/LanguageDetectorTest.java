package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void normalizesTags() {
    assertEquals("en", LanguageDetector.code("en-US"));
    assertEquals("pt", LanguageDetector.code("pt_BR"));
    assertEquals("he", LanguageDetector.code("iw"));
    assertEquals("und", LanguageDetector.code("english"));
  }
}
