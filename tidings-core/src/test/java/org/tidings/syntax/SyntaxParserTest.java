package org.tidings.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.SourceMap;
import org.tidings.model.Span;
import org.tidings.model.Token;
import org.tidings.nlp.Tokenizer;

/** The bundled models on hand-written news sentences. */
class SyntaxParserTest {
  private static SyntaxParser syntax;

  @BeforeAll
  static void load() {
    syntax = SyntaxParser.standard();
  }

  private static List<String> words(String sentence) {
    return Arrays.asList(sentence.split(" "));
  }

  @Test
  void findsSubjectObjectAndTheClauseAfter() {
    DependencyTree t =
        syntax.parse(words("Medvedev rejected the Armenian criticism after visiting Yerevan ."));
    int rejected = 1;
    int visiting = 6;
    assertEquals(rejected, t.root());
    assertEquals("VERB", t.tag(rejected));
    assertEquals("PROPN", t.tag(0));
    assertEquals(OptionalInt.of(0), t.subjectOf(rejected));
    assertEquals(List.of(4), t.objectsOf(rejected));
    assertEquals(List.of(new Oblique(visiting, "advcl", "after")), t.clausesOf(rejected));
    assertEquals(List.of(7), t.objectsOf(visiting)); // Yerevan, reached via "after visiting"
    assertEquals(OptionalInt.of(0), t.subjectOf(visiting)); // Medvedev is the visitor
  }

  @Test
  void readsThePassive() {
    DependencyTree t = syntax.parse(words("Weapons were delivered to Armenia by Russia ."));
    int delivered = 2;
    assertEquals(delivered, t.root());
    assertTrue(t.isPassive(delivered));
    assertEquals("nsubj:pass", t.relation(0));
    assertEquals(OptionalInt.of(0), t.subjectOf(delivered));
    assertTrue(t.obliquesOf(delivered).contains(new Oblique(4, "obl", "to")));

    DependencyTree sold = syntax.parse(words("The tanks were sold by Moscow ."));
    assertTrue(sold.isPassive(3));
    assertEquals(OptionalInt.of(1), sold.subjectOf(3));
    assertEquals(OptionalInt.of(5), sold.agentOf(3));
  }

  @Test
  void readsNegationAndControl() {
    DependencyTree t =
        syntax.parse(words("Putin did not want to sell Iskander missiles to Azerbaijan ."));
    int want = 3;
    int sell = 5;
    assertEquals(want, t.root());
    assertTrue(t.isNegated(want));
    assertEquals(OptionalInt.of(0), t.subjectOf(sell));
    assertEquals(List.of(7), t.objectsOf(sell));
  }

  @Test
  void foldsAttachedClitics() {
    String text = "Aliyev's government doesn't buy tanks";
    List<Token> tokens =
        List.of(
            token(text, "Aliyev's"),
            token(text, "government"),
            token(text, "doesn't"),
            token(text, "buy"),
            token(text, "tanks"));
    DependencyTree t = syntax.parseTokens(tokens);
    assertEquals(5, t.size());
    assertEquals(3, t.root());
    assertEquals(1, t.head(0));
    assertEquals("nmod:poss", t.relation(0));
    assertEquals(OptionalInt.of(1), t.subjectOf(3));
    assertEquals(List.of(4), t.objectsOf(3));
  }

  @Test
  void parsesTheSentencesOfAnAnalysis() {
    Analysis a =
        new Tokenizer()
            .annotate(
                Analysis.of(
                    Article.of(
                        "test",
                        "",
                        Optional.empty(),
                        List.of(),
                        "en",
                        "Russia gave Armenia military aid. Armenia paraded the missiles.",
                        SourceMap.none())));
    assertEquals(2, a.sentences().size());
    DependencyTree second = syntax.parse(a, a.sentences().get(1));
    assertEquals(List.of("Armenia", "paraded", "the", "missiles", "."), second.words());
    assertEquals(OptionalInt.of(0), second.subjectOf(1));
    assertEquals(List.of(3), second.objectsOf(1));
    DependencyTree first = syntax.parse(a, a.sentences().get(0));
    assertEquals(OptionalInt.of(0), first.subjectOf(1));
    assertEquals(List.of(4), first.objectsOf(1));
  }

  @Test
  void copesWithEmptyAndOneWordSentences() {
    assertEquals(0, syntax.parse(List.of()).size());
    DependencyTree one = syntax.parse(List.of("Hello"));
    assertEquals(0, one.root());
    assertEquals("root", one.relation(0));
  }

  private static Token token(String text, String word) {
    int start = text.indexOf(word);
    return new Token(new Span(start, start + word.length()), word);
  }
}
