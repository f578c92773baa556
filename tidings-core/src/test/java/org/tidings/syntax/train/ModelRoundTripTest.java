package org.tidings.syntax.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.syntax.DependencyParser;
import org.tidings.syntax.SyntaxParser;
import org.tidings.syntax.Tagger;

class ModelRoundTripTest {
  private static final String TREEBANK =
      """
      1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
      2\tdelivered\tdeliver\tVERB\tVBD\t_\t0\troot\t_\t_
      3\tmissiles\tmissile\tNOUN\tNNS\t_\t2\tobj\t_\t_
      4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_
      5\tArmenia\tArmenia\tPROPN\tNNP\t_\t2\tobl\t_\t_
      6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

      # a comment line
      1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
      1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_
      2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_
      3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_
      4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

      """;

  private static List<Treebank.Sentence> treebank() throws IOException {
    return Treebank.read(new BufferedReader(new StringReader(TREEBANK)));
  }

  @Test
  void readsConllu() throws IOException {
    List<Treebank.Sentence> data = treebank();
    assertEquals(2, data.size());
    assertEquals(List.of("do", "n't", "go", "."), data.get(1).words());
    assertArrayEquals(new int[] {1, -1, 1, 4, 1, 1}, data.get(0).heads());
  }

  @Test
  void savedModelsParseAsTheOriginals() throws IOException {
    List<Treebank.Sentence> data = treebank();
    Tagger tagger = new TaggerTrainer(5, 1, 1000, line -> {}).train(data, null);
    List<List<String>> tags = data.stream().map(Treebank.Sentence::upos).toList();
    DependencyParser parser =
        new ParserTrainer(5, 1, 1000, 1000, line -> {}).train(data, tags, List.of(), List.of());

    ByteArrayOutputStream t = new ByteArrayOutputStream();
    SyntaxParser.writeTagger(tagger, t);
    ByteArrayOutputStream p = new ByteArrayOutputStream();
    SyntaxParser.writeParser(parser, p);
    Tagger tagger2 = SyntaxParser.readTagger(new ByteArrayInputStream(t.toByteArray()));
    DependencyParser parser2 = SyntaxParser.readParser(new ByteArrayInputStream(p.toByteArray()));

    SyntaxParser before = new SyntaxParser(tagger, parser);
    SyntaxParser after = new SyntaxParser(tagger2, parser2);
    for (Treebank.Sentence s : data) {
      assertEquals(before.parse(s.words()), after.parse(s.words()));
      assertEquals(s.upos(), after.parse(s.words()).tags()); // it learnt its tiny training set
    }
    assertEquals(tagger.tags(), tagger2.tags());
    assertEquals(parser.relationNames(), parser2.relationNames());
  }
}
