package org.tidings.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Analysis;
import org.tidings.model.Sentence;
import org.tidings.model.Token;
import org.tidings.pipeline.Annotator;
import org.tidings.pipeline.AnnotatorContract;

class TokenizerTest extends AnnotatorContract {
  private final Tokenizer tokenizer = Tokenizer.standard();

  @Override
  protected Annotator annotator() {
    return tokenizer;
  }

  private List<String> tokens(String text) {
    return tokenizer.annotate(prepared(text)).tokens().stream().map(Token::text).toList();
  }

  private List<String> sentences(String text) {
    Analysis a = tokenizer.annotate(prepared(text));
    return a.sentences().stream().map(a::textOf).toList();
  }

  @Test
  void keepsCompoundsAndRanges() {
    assertEquals(
        List.of("Russian-made", "Smerch", ",", "2009-2011", ",", "April", "’s", "$", "5"),
        tokens("Russian-made Smerch, 2009-2011, April’s $5"));
    assertEquals(List.of("2009–2011", "and", "T-90S"), tokens("2009–2011 and T-90S"));
  }

  @Test
  void splitsCliticsButKeepsNames() {
    assertEquals(
        List.of("It", "’s", "O'Brien", "'s", "view", ":", "do", "n't", ",", "we", "’re"),
        tokens("It’s O'Brien's view: don't, we’re"));
    assertEquals(List.of("the", "countries", "’", "leaders"), tokens("the countries’ leaders"));
  }

  @Test
  void keepsNumbersDatesAndMoney() {
    assertEquals(
        List.of(
            "1,500.5",
            "tanks",
            ",",
            "7Apr2014",
            ",",
            "€",
            "1.2bn",
            ",",
            "$",
            "300m",
            "at",
            "10:30",
            "in",
            "the",
            "'90s"),
        tokens("1,500.5 tanks, 7Apr2014, €1.2bn, $300m at 10:30 in the '90s"));
  }

  @Test
  void keepsAbbreviationsWhole() {
    assertEquals(
        List.of(
            "Mr.", "Smith", "of", "the", "U.S.", "met", "Gen.", "Lee", "on", "Jan.", "5", "in",
            "No.", "10", "(", "e.g.", "George", "W.", "Bush", ")", "."),
        tokens("Mr. Smith of the U.S. met Gen. Lee on Jan. 5 in No. 10 (e.g. George W. Bush)."));
    assertEquals(List.of("the", "answer", "is", "No", "."), tokens("the answer is No."));
  }

  @Test
  void keepsBracketedInsertionsAsTokens() {
    assertEquals(List.of("new", "[", "arms", "]", "purchases"), tokens("new [arms] purchases"));
  }

  @Test
  void splitsSentencesAtFullStopsAndLineBreaks() {
    assertEquals(
        List.of(
            "Azerbaijan Seeks More Russian Arms Supplies",
            "“We are holding talks,” he said.",
            "“It is a process.”",
            "Then it ended."),
        sentences(
            "Azerbaijan Seeks More Russian Arms Supplies\n\n"
                + "“We are holding talks,” he said. “It is a process.” Then it ended."));
  }

  @Test
  void captionLinesEndSentencesButLowerCaseContinues() {
    assertEquals(
        List.of("A caption without a stop", "Body starts here and goes\non over a line."),
        sentences("A caption without a stop\nBody starts here and goes\non over a line."));
  }

  @Test
  void abbreviationsDoNotEndSentencesUnlessAnOpenerFollows() {
    assertEquals(
        List.of("Mr. Smith met Gen. Lee in the U.S. Senate.", "He left the U.S.", "The end."),
        sentences("Mr. Smith met Gen. Lee in the U.S. Senate. He left the U.S. The end."));
    assertEquals(
        List.of("Was it Yahoo! that said so?", "“Why?” he asked.", "It stopped..."),
        sentences("Was it Yahoo! that said so? “Why?” he asked. It stopped..."));
  }

  @Test
  void sentencesPointAtTheirTokens() {
    Analysis a = tokenizer.annotate(prepared(sampleText()));
    int covered = 0;
    for (Sentence s : a.sentences()) {
      List<Token> ts = a.tokensOf(s);
      assertEquals(s.span().start(), ts.get(0).span().start());
      assertEquals(s.span().end(), ts.get(ts.size() - 1).span().end());
      covered += ts.size();
    }
    assertEquals(a.tokens().size(), covered);
    assertTrue(a.sentences().size() >= 2);
  }

  @Test
  void emojiIsOneToken() {
    assertEquals(List.of("\uD83D\uDE00", "emoji"), tokens("\uD83D\uDE00 emoji"));
  }

  @Test
  void keepsUrlsAddressesAndRulesWhole() {
    assertEquals(
        List.of(
            "See",
            "https://example.com/a?b=1",
            ",",
            "www.rferl.org",
            "or",
            "mail",
            "jane@example.com",
            ".",
            "=====",
            "Wow",
            "!!!"),
        tokens(
            "See https://example.com/a?b=1, www.rferl.org or mail jane@example.com. ====="
                + " Wow!!!"));
  }
}
