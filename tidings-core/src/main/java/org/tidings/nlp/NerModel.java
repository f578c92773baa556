package org.tidings.nlp;

import java.util.List;
import org.tidings.model.EntityType;

/** A statistical tagger that proposes names in one sentence of words. Thread-safe. */
public interface NerModel {

  /**
   * A name proposed by the model.
   *
   * @param first index of its first word
   * @param last index of its last word, inclusive
   * @param type PERSON, ORG, LOC or MISC
   */
  record Chunk(int first, int last, EntityType type) {}

  /**
   * The names in each sentence of a document, in order, not overlapping. The model may use the
   * whole document to decide on each sentence.
   */
  List<List<Chunk>> chunks(List<List<String>> document);

  /** A model that proposes nothing. */
  static NerModel none() {
    return document -> document.stream().map(s -> List.<Chunk>of()).toList();
  }
}
