package org.tidings.pipeline;

import org.tidings.model.Analysis;

/**
 * A stage that finds more in an article: tokens, entities, events. Implementations are pure and
 * thread-safe: given the same analysis they return the same result, keep what was already found,
 * and are given their dictionaries and models through their constructors.
 */
@FunctionalInterface
public interface Annotator {
  Analysis annotate(Analysis analysis);
}
