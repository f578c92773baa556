package org.tidings.nlp.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.tidings.nlp.WordClusters;

/** The made-up corpus both clusterers' tests learn from. */
final class ClusterCorpus {
  private ClusterCorpus() {}

  /** Sentences where cities and verbs each share their contexts. */
  static List<List<String>> sentences() {
    String[] cities = {"Paris", "Lagos", "Quito", "Hanoi"};
    String[] verbs = {"said", "added", "noted", "claimed"};
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < 5; r++) {
      for (String c : cities) {
        for (String v : verbs) {
          out.add(List.of("he", "flew", "to", c, "and", v, "that", "it", "rained", "."));
          out.add(List.of("in", c, "officials", v, "nothing", "."));
        }
      }
    }
    return out;
  }

  /**
   * What a clusterer must learn from {@link #sentences()} with two levels: the cities share a class
   * at each level, as do the verbs; the two groups part at the finer level; unseen words have none.
   */
  static void assertCitiesAndVerbsApart(WordClusters c) {
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
}
