package org.tidings.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordFormsTest {
  private static final List<String> WORDS =
      List.of("", "a", "Ilham", "2009-2011", "U.S.", "Nagorno-Karabakh", "don't", "Ψ", "iPhone12");

  @Test
  void hashesAreThoseOfTheStrings() {
    for (String w : WORDS) {
      String lower = WordForms.lower(w);
      for (int n = 1; n <= 5; n++) {
        assertEquals(WordForms.suffix(lower, n).hashCode(), WordForms.suffixHash(lower, n), w);
        assertEquals(WordForms.prefix(w, n).hashCode(), WordForms.prefixHash(w, n), w);
      }
      assertEquals(WordForms.shape(w).hashCode(), WordForms.shapeHash(w), w);
    }
  }

  @Test
  void shapesCollapseRuns() {
    assertEquals("Xx", WordForms.shape("Ilham"));
    assertEquals("d-d", WordForms.shape("2009-2011"));
    assertEquals("X.X.", WordForms.shape("U.S."));
    assertEquals("0000-0000", WordForms.lower("2009-2011"));
  }
}
