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

  /** The names in a sentence, in order, not overlapping. */
  List<Chunk> chunks(List<String> words);

  /** A model that proposes nothing. */
  static NerModel none() {
    return words -> List.of();
  }
}
