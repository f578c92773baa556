package org.tidings.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Analysis;
import org.tidings.model.Token;
import org.tidings.pipeline.Annotator;
import org.tidings.pipeline.AnnotatorContract;

class TokenizerTest extends AnnotatorContract {
  @Override
  protected Annotator annotator() {
    return new Tokenizer();
  }

  private List<String> tokens(String text) {
    return new Tokenizer().annotate(prepared(text)).tokens().stream().map(Token::text).toList();
  }

  @Test
  void keepsCompoundsAndRanges() {
    assertEquals(
        List.of("Russian-made", "Smerch", ",", "2009-2011", ",", "April’s", "$", "5"),
        tokens("Russian-made Smerch, 2009-2011, April’s $5"));
  }

  @Test
  void splitsSentencesAtFullStopsAndLineBreaks() {
    Analysis a =
        new Tokenizer()
            .annotate(
                prepared(
                    "Azerbaijan Seeks More Russian Arms Supplies\n\n"
                        + "“We are holding talks,” he said. “It is a process.” Then it ended."));
    List<String> sentences = a.sentences().stream().map(a::textOf).toList();
    assertEquals(
        List.of(
            "Azerbaijan Seeks More Russian Arms Supplies",
            "“We are holding talks,” he said.",
            "“It is a process.”",
            "Then it ended."),
        sentences);
  }
}
