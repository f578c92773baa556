package org.tidings.cli;

import java.util.List;
import org.tidings.model.Amount;
import org.tidings.model.Analysis;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.Event;
import org.tidings.model.Quote;
import org.tidings.model.Sentence;
import org.tidings.model.Span;
import org.tidings.model.TimeExpression;
import org.tidings.model.Token;
import org.tidings.model.TransferStage;
import org.tidings.pipeline.Annotator;

/**
 * A test stage that marks one of everything on the first sentence, so the commands have facts to
 * print before the real stages are merged.
 */
final class MarkingAnnotator implements Annotator {
  @Override
  public Analysis annotate(Analysis a) {
    if (a.sentences().isEmpty()) {
      return a;
    }
    Sentence s = a.sentences().get(0);
    Token first = a.tokensOf(s).get(0);
    Span word = first.span();
    Span sentence = s.span();
    Amount amount = new Amount(word, first.text(), 1, "USD", false);
    return a.withEntities(
            List.of(new Entity(word, first.text(), EntityType.LOC, first.text(), "PER", "")))
        .withQuotes(
            List.of(
                new Quote(sentence, sentence.of(a.article().text()), "Carlos Medina", word, false)))
        .withTimes(List.of(new TimeExpression(word, first.text(), "2025", true)))
        .withAmounts(List.of(amount))
        .withEvents(
            List.of(new Event(word, sentence, "PERGOV", "KOR", "057", 8.0, 1, "2025-03-18")))
        .withTransfers(
            List.of(
                new ArmsTransfer(
                    word,
                    sentence,
                    "KOR",
                    "PER",
                    List.of("howitzers"),
                    24,
                    amount,
                    "2026/2028",
                    TransferStage.ORDERED)));
  }
}
