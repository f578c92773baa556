package org.tidings.pipeline;

import org.tidings.model.Source;

/**
 * The stage that turns raw input into an article: page furniture dropped, metadata read. Bad input
 * gives an {@link Extraction} with no article and a diagnostic, never an exception.
 */
@FunctionalInterface
public interface Extractor {
  Extraction extract(Source source);
}
