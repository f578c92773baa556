package org.tidings.eval.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordScoreTest {
  @Test
  void scoresBagsOfLowerCasedWordsAsTheBenchmarkDoes() {
    WordScore s = new WordScore();
    // Gold words: the(2) cat sat on mat; predicted: the(1) cat sat near; overlap 3 of 4 and 6.
    double f1 = s.add("The cat sat on the mat.", "the CAT sat, near");
    double p = 3.0 / 4;
    double r = 3.0 / 6;
    assertEquals(2 * p * r / (p + r), f1, 1e-12);
    assertEquals(p, s.precision(), 1e-12);
    assertEquals(r, s.recall(), 1e-12);
  }

  @Test
  void emptySidesScoreAsInTheBenchmarkScript() {
    WordScore s = new WordScore();
    assertEquals(1.0, s.add("", "  "), 0); // nothing to find, nothing found
    assertEquals(0.0, s.add("", "stray words"), 0);
    assertEquals(0.0, s.add("gold words", ""), 0);
    assertEquals(1.0 / 3, s.f1(), 1e-12); // averaged over pages
  }

  @Test
  void wordsOfAnyScriptCount() {
    WordScore s = new WordScore();
    assertEquals(1.0, s.add("Ереван — столица Армении", "ереван столица армении"), 1e-12);
  }

  @Test
  void tablesScoreByTypeAndOverAll() {
    WordScoreTable t = new WordScoreTable();
    t.add("article", "a b", "a b");
    t.add("forum", "a b", "");
    assertEquals(1.0, t.type("article").f1(), 0);
    assertEquals(0.0, t.type("forum").f1(), 0);
    assertEquals(0.5, t.type(WordScoreTable.ALL).f1(), 0);
    assertEquals(java.util.List.of("article", "forum", WordScoreTable.ALL), t.types());
  }
}
