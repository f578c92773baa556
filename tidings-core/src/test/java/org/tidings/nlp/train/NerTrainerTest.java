package org.tidings.nlp.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.tidings.nlp.EntityLexicon;
import org.tidings.nlp.NerFeatures;
import org.tidings.nlp.PerceptronNer;
import org.tidings.nlp.WordClusters;
import org.tidings.nlp.train.NerTrainer.Example;

class NerTrainerTest {
  private static final NerFeatures FEATURES = new NerFeatures(EntityLexicon.standard());

  private static Example ex(String words, String labels) {
    return new Example(List.of(words.split(" ")), List.of(labels.split(" ")));
  }

  /** Tiny made-up sentences: names after "Mr" are people, after "in" places, before "Corp" orgs. */
  private static List<List<Example>> corpus() {
    String[] people = {"Smith", "Jones", "Brown", "Taylor", "Walker", "Hughes"};
    String[] places = {"Paris", "Lagos", "Quito", "Hanoi", "Oslo", "Lima"};
    List<List<Example>> docs = new ArrayList<>();
    for (int i = 0; i < people.length; i++) {
      docs.add(
          List.of(
              ex("Mr " + people[i] + " flew to " + places[i] + " .", "O B-PER O O B-LOC O"),
              ex(
                  "Acme Corp hired him in " + places[(i + 1) % 6] + " .",
                  "B-ORG I-ORG O O O B-LOC O")));
    }
    return docs;
  }

  @Test
  void learnsTheTrainingDataAndReadsBackWhatItWrites() throws IOException {
    List<Integer> epochs = new ArrayList<>();
    PerceptronNer model =
        new NerTrainer(FEATURES, 1, 7).train(corpus(), 5, (m, e) -> epochs.add(e));
    assertEquals(List.of(1, 2, 3, 4, 5), epochs);
    List<List<String>> doc = List.of(List.of("Mr", "Taylor", "flew", "to", "Oslo", "."));
    assertEquals(List.of(List.of("O", "B-PER", "O", "O", "B-LOC", "O")), model.tagDocument(doc));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes, 0f);
    PerceptronNer back =
        PerceptronNer.read(new ByteArrayInputStream(bytes.toByteArray()), FEATURES);
    assertEquals(model.tagDocument(doc), back.tagDocument(doc));
    String raw =
        new String(
            new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())).readAllBytes(),
            StandardCharsets.ISO_8859_1);
    assertTrue(!raw.contains("Taylor") && !raw.contains("Acme"), "no words in the model file");
  }

  @Test
  void aModelIsNotReadWithOtherWordClasses() throws IOException {
    PerceptronNer model = new NerTrainer(FEATURES, 1, 7).train(corpus(), 1, (m, e) -> {});
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes, 0f);
    NerFeatures without = new NerFeatures(EntityLexicon.standard(), WordClusters.none());
    assertThrows(
        IOException.class,
        () -> PerceptronNer.read(new ByteArrayInputStream(bytes.toByteArray()), without));
  }

  @Test
  void bioBecomesBilou() {
    assertEquals(
        List.of("U-PER", "O", "B-ORG", "I-ORG", "L-ORG", "U-LOC", "U-LOC"),
        NerTrainer.toBilou(List.of("B-PER", "O", "B-ORG", "I-ORG", "I-ORG", "B-LOC", "B-LOC")));
  }

  @Test
  void bundledModelLoadsAndTags() {
    PerceptronNer model = PerceptronNer.standard(EntityLexicon.standard());
    List<String> tags =
        model
            .tagDocument(
                List.of(
                    List.of(
                        "Angela",
                        "Merkel",
                        "met",
                        "officials",
                        "of",
                        "Siemens",
                        "in",
                        "Bonn",
                        ".")))
            .get(0);
    assertEquals("B-PER", tags.get(0));
    assertEquals("I-PER", tags.get(1));
    assertEquals("B-LOC", tags.get(7));
  }
}
