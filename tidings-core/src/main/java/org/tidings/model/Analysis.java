package org.tidings.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An article with everything found in it so far. Stages return a new analysis with more filled in;
 * the constructor checks every span against the article text.
 */
public record Analysis(
    Article article,
    List<Token> tokens,
    List<Sentence> sentences,
    List<Entity> entities,
    List<Quote> quotes,
    List<TimeExpression> times,
    List<Amount> amounts,
    List<Event> events,
    List<ArmsTransfer> transfers,
    List<Diagnostic> diagnostics) {

  public Analysis {
    Objects.requireNonNull(article);
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
    amounts = List.copyOf(amounts);
    events = List.copyOf(events);
    transfers = List.copyOf(transfers);
    diagnostics = List.copyOf(diagnostics);
    int n = article.text().length();
    for (List<? extends Annotation> list :
        List.of(tokens, sentences, entities, quotes, times, amounts, events, transfers)) {
      for (Annotation a : list) {
        a.span().checkWithin(n);
      }
    }
    for (Event e : events) {
      e.sentence().checkWithin(n);
    }
    for (ArmsTransfer t : transfers) {
      t.sentence().checkWithin(n);
    }
    for (Quote q : quotes) {
      if (q.speakerSpan() != null) {
        q.speakerSpan().checkWithin(n);
      }
    }
    for (Sentence s : sentences) {
      if (s.firstToken() + s.tokenCount() > tokens.size()) {
        throw new IllegalArgumentException("sentence " + s + " points past the tokens");
      }
    }
  }

  /** An analysis with nothing found yet. */
  public static Analysis of(Article article) {
    List<Token> none = List.of();
    return new Analysis(
        article, none, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.firstToken() + sentence.tokenCount());
  }

  /** The text an annotation covers. */
  public String textOf(Annotation a) {
    return a.span().of(article.text());
  }

  public Analysis withTokens(List<Token> tokens, List<Sentence> sentences) {
    return new Analysis(
        article,
        tokens,
        sentences,
        entities,
        quotes,
        times,
        amounts,
        events,
        transfers,
        diagnostics);
  }

  public Analysis withEntities(List<Entity> entities) {
    return new Analysis(
        article,
        tokens,
        sentences,
        entities,
        quotes,
        times,
        amounts,
        events,
        transfers,
        diagnostics);
  }

  public Analysis withQuotes(List<Quote> quotes) {
    return new Analysis(
        article,
        tokens,
        sentences,
        entities,
        quotes,
        times,
        amounts,
        events,
        transfers,
        diagnostics);
  }

  public Analysis withTimes(List<TimeExpression> times) {
    return new Analysis(
        article,
        tokens,
        sentences,
        entities,
        quotes,
        times,
        amounts,
        events,
        transfers,
        diagnostics);
  }

  public Analysis withAmounts(List<Amount> amounts) {
    return new Analysis(
        article,
        tokens,
        sentences,
        entities,
        quotes,
        times,
        amounts,
        events,
        transfers,
        diagnostics);
  }

  public Analysis withEvents(List<Event> events) {
    return new Analysis(
        article,
        tokens,
        sentences,
        entities,
        quotes,
        times,
        amounts,
        events,
        transfers,
        diagnostics);
  }

  public Analysis withTransfers(List<ArmsTransfer> transfers) {
    return new Analysis(
        article,
        tokens,
        sentences,
        entities,
        quotes,
        times,
        amounts,
        events,
        transfers,
        diagnostics);
  }

  /** This analysis with more diagnostics appended. */
  public Analysis plusDiagnostics(Collection<Diagnostic> more) {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.addAll(more);
    return new Analysis(
        article, tokens, sentences, entities, quotes, times, amounts, events, transfers, all);
  }
}
