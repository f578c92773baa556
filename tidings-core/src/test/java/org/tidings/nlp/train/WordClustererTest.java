package org.tidings.nlp.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.tidings.nlp.WordClusters;

class WordClustererTest {
  @Test
  void wordsInTheSameContextsShareAClass() {
    WordClusters c =
        new WordClusterer(2, 20, s -> {}).train(ClusterCorpus.sentences(), new int[] {4, 8});
    ClusterCorpus.assertCitiesAndVerbsApart(c);
  }

  @Test
  void readsBackWhatItWritesWithoutStoringWords() throws IOException {
    WordClusters c =
        new WordClusterer(2, 20, s -> {}).train(ClusterCorpus.sentences(), new int[] {4});
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    c.write(bytes);
    WordClusters back = WordClusters.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(c.size(), back.size());
    assertEquals(c.fingerprint(), back.fingerprint());
    assertEquals(c.of("Lagos", 0), back.of("Lagos", 0));
    String raw =
        new String(
            new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())).readAllBytes(),
            StandardCharsets.ISO_8859_1);
    assertTrue(!raw.contains("Lagos") && !raw.contains("officials"), "no words in the file");
  }

  @Test
  void digitsFoldToZero() {
    assertEquals("0000-00-00", WordClusters.normalise("1996-08-22"));
    assertEquals("u.s.", WordClusters.normalise("U.S."));
  }
}
