package org.tidings.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Analysis;
import org.tidings.model.Token;
import org.tidings.nlp.Tokenizer;
import org.tidings.pipeline.Annotator;
import org.tidings.pipeline.AnnotatorContract;

class PosTaggerTest extends AnnotatorContract {
  private static final PosTagger TAGGER = PosTagger.standard();

  @Override
  protected Annotator annotator() {
    return TAGGER;
  }

  @Override
  protected List<Annotator> prerequisites() {
    return List.of(new Tokenizer());
  }

  @Test
  void tagsEveryTokenOfTheSample() {
    Analysis a = TAGGER.annotate(prepared(sampleText()));
    List<String> tags = a.tokens().stream().map(Token::tag).toList();
    // Azerbaijan wants to buy more Russian weapons , President Ilham Aliyev said on Thursday .
    assertEquals(
        List.of("VERB", "PART", "VERB", "ADJ", "ADJ", "NOUN", "PUNCT"), tags.subList(1, 8));
    assertEquals(
        List.of("PROPN", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"), tags.subList(8, 15));
    assertEquals(List.of(), tags.stream().filter(String::isEmpty).toList());
  }
}
