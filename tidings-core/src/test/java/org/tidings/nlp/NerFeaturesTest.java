package org.tidings.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerFeaturesTest {
  private static final NerFeatures FEATURES = new NerFeatures(EntityLexicon.standard());

  @Test
  void shapesCollapseRepeats() {
    assertEquals("Xx", NerFeatures.shape("Aliyev"));
    assertEquals("X_3", NerFeatures.shape("RIA"));
    assertEquals("d-d", NerFeatures.shape("2009-2011"));
    assertEquals("X.X.", NerFeatures.shape("U.S."));
  }

  @Test
  void theDocumentChangesAWordsFeatures() {
    List<String> later = List.of("Aliyev", "spoke", ".");
    int[] alone = FEATURES.of(List.of(later))[0][0];
    int[] inArticle =
        FEATURES.of(List.of(List.of("President", "Ilham", "Aliyev", "came", "."), later))[1][0];
    assertNotEquals(List.of(alone), List.of(inArticle));
    assertEquals(alone.length, inArticle.length);
  }

  @Test
  void bundledWordClassesAddFeatures() {
    assertTrue(FEATURES.clusters().size() > 1000, "word-clusters.bin is bundled");
    assertEquals(
        FEATURES.clusters().of("Lisbon", 1), FEATURES.clusters().of("LISBON", 1), "case folded");
    List<List<String>> doc = List.of(List.of("Talks", "in", "Lisbon", "ended", "."));
    int[] with = FEATURES.of(doc)[0][2];
    int[] without = new NerFeatures(EntityLexicon.standard(), WordClusters.none()).of(doc)[0][2];
    assertTrue(with.length > without.length);
  }

  @Test
  void copesWithEmptySentencesAndOddWords() {
    int[][][] f = FEATURES.of(List.of(List.of(), List.of("", "-", "\uD83D\uDE00", "Ω")));
    assertEquals(0, f[0].length);
    assertEquals(4, f[1].length);
  }
}
