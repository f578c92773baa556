package org.tidings.nlp.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tidings.nlp.WordClusters;

class ContextClustererTest {
  @Test
  void wordsInTheSameContextsShareAClass() {
    WordClusters c =
        new ContextClusterer(2, 100, 8, 10, 17, s -> {})
            .train(ClusterCorpus.sentences(), new int[] {4, 8});
    assertEquals(2, c.levels());
    for (int level = 0; level < 2; level++) {
      int paris = c.of("Paris", level);
      assertTrue(paris >= 0);
      assertEquals(paris, c.of("Hanoi", level));
      assertEquals(paris, c.of("QUITO", level), "looked up in small letters");
      assertEquals(c.of("said", level), c.of("claimed", level));
    }
    assertNotEquals(c.of("Paris", 1), c.of("said", 1));
    assertEquals(-1, c.of("Ouagadougou", 0));
  }

  @Test
  void sameSeedSameClasses() {
    WordClusters a =
        new ContextClusterer(2, 100, 8, 10, 17, s -> {})
            .train(ClusterCorpus.sentences(), new int[] {6});
    WordClusters b =
        new ContextClusterer(2, 100, 8, 10, 17, s -> {})
            .train(ClusterCorpus.sentences(), new int[] {6});
    assertEquals(a.fingerprint(), b.fingerprint());
  }
}
