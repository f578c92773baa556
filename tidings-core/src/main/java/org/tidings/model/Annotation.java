package org.tidings.model;

/** Something found in an article text, anchored by its span. */
public sealed interface Annotation
    permits Token, Sentence, Entity, Quote, TimeExpression, Amount, Event, ArmsTransfer {

  /** Where in the article text it was found. */
  Span span();
}
