package org.tidings.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.model.Analysis;
import org.tidings.model.Sentence;
import org.tidings.model.Span;
import org.tidings.model.Token;
import org.tidings.pipeline.Annotator;

/**
 * Splits an article into tokens and sentences. Paragraph breaks (blank lines) and single line
 * breaks always end a sentence, so headlines and captions without final punctuation stand alone.
 */
public final class Tokenizer implements Annotator {
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\$|[\\p{L}\\p{M}\\p{N}]+(?:[-’'.][\\p{L}\\p{M}\\p{N}]+)*|[^\\s\\p{L}\\p{M}\\p{N}]");

  @Override
  public Analysis annotate(Analysis analysis) {
    String text = analysis.article().text();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int sentenceStart = -1;
    int firstToken = 0;
    int lastEnd = 0;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      if (sentenceStart >= 0 && hasLineBreak(text, lastEnd, m.start())) {
        sentences.add(sentence(sentenceStart, lastEnd, firstToken, tokens.size()));
        sentenceStart = -1;
      }
      if (sentenceStart < 0) {
        sentenceStart = m.start();
        firstToken = tokens.size();
      }
      tokens.add(new Token(new Span(m.start(), m.end()), m.group()));
      lastEnd = m.end();
      if (endsSentence(text, m)) {
        sentences.add(sentence(sentenceStart, lastEnd, firstToken, tokens.size()));
        sentenceStart = -1;
      }
    }
    if (sentenceStart >= 0) {
      sentences.add(sentence(sentenceStart, lastEnd, firstToken, tokens.size()));
    }
    return analysis.withTokens(tokens, sentences);
  }

  private static Sentence sentence(int start, int end, int firstToken, int tokenEnd) {
    return new Sentence(new Span(start, end), firstToken, tokenEnd - firstToken);
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    return text.substring(from, to).indexOf('\n') >= 0;
  }

  /** A '.', '!' or '?' (perhaps followed by closing quotes) then space and a capital or quote. */
  private static boolean endsSentence(String text, Matcher m) {
    String t = m.group();
    if (!(t.equals(".") || t.equals("!") || t.equals("?") || isClosingQuote(t))) {
      return false;
    }
    if (isClosingQuote(t) && (m.start() == 0 || ".!?".indexOf(text.charAt(m.start() - 1)) < 0)) {
      return false;
    }
    int i = m.end();
    if (i < text.length() && isClosingQuote(text.substring(i, i + 1))) {
      return false; // the quote mark that follows closes this sentence
    }
    if (i >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(i))) {
      return false;
    }
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i >= text.length()
        || Character.isUpperCase(text.charAt(i))
        || "“\"‘'(".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean isClosingQuote(String t) {
    return t.equals("”") || t.equals("\"") || t.equals("’") || t.equals("'");
  }
}
