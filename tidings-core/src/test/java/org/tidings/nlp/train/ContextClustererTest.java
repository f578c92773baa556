package org.tidings.nlp.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tidings.nlp.WordClusters;

class ContextClustererTest {
  @Test
  void wordsInTheSameContextsShareAClass() {
    WordClusters c =
        new ContextClusterer(2, 100, 8, 10, 17, s -> {})
            .train(ClusterCorpus.sentences(), new int[] {4, 8});
    ClusterCorpus.assertCitiesAndVerbsApart(c);
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
