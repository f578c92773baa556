package org.tidings.engine;

import java.util.List;
import org.tidings.arms.TransferFinder;
import org.tidings.arms.WeaponTagger;
import org.tidings.events.EventCoder;
import org.tidings.extract.ArticleExtractor;
import org.tidings.nlp.AmountFinder;
import org.tidings.nlp.EntityRecognizer;
import org.tidings.nlp.QuoteFinder;
import org.tidings.nlp.TimeFinder;
import org.tidings.nlp.Tokenizer;
import org.tidings.pipeline.Annotator;
import org.tidings.pipeline.Pipeline;

/** The pipeline with the project's bundled dictionaries and models. Each call builds a new one. */
public final class StandardPipeline {
  private StandardPipeline() {}

  /**
   * The annotators, in order: tokens and sentences, weapons (first, so names like "Grad" are not
   * taken for people), other entities, times, amounts, quotes, CAMEO events, arms transfers.
   */
  public static List<Annotator> annotators() {
    return List.of(
        Tokenizer.standard(),
        WeaponTagger.standard(),
        EntityRecognizer.standard(),
        TimeFinder.standard(),
        AmountFinder.standard(),
        QuoteFinder.standard(),
        EventCoder.standard(),
        TransferFinder.standard());
  }

  /** The extractor and every stage. */
  public static Pipeline create() {
    return new Pipeline(ArticleExtractor.standard(), annotators());
  }

  /** The extractor alone. */
  public static Pipeline extractionOnly() {
    return new Pipeline(ArticleExtractor.standard(), List.of());
  }
}
