package org.tidings.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tidings.model.Analysis;
import org.tidings.model.Sentence;
import org.tidings.model.Token;
import org.tidings.pipeline.Annotator;

/**
 * The stage that gives every token in a sentence its UPOS tag ({@link Token#tag()}). Runs after the
 * tokenizer; tokens outside sentences keep their tags.
 */
public final class PosTagger implements Annotator {
  private final Tagger tagger;

  public PosTagger(Tagger tagger) {
    this.tagger = Objects.requireNonNull(tagger);
  }

  /** The tagger with the bundled model. */
  public static PosTagger standard() {
    try (InputStream in = ModelStreams.resource(SyntaxParser.TAGGER_RESOURCE)) {
      return new PosTagger(SyntaxParser.readTagger(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Analysis annotate(Analysis analysis) {
    List<Token> tokens = new ArrayList<>(analysis.tokens());
    for (Sentence s : analysis.sentences()) {
      List<Token> sentence = analysis.tokensOf(s);
      List<String> tags = tagger.tag(sentence.stream().map(Token::text).toList());
      for (int i = 0; i < sentence.size(); i++) {
        Token t = sentence.get(i);
        tokens.set(s.firstToken() + i, new Token(t.span(), t.text(), tags.get(i)));
      }
    }
    return analysis.withTokens(tokens, analysis.sentences());
  }
}
