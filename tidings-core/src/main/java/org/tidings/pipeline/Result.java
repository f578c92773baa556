package org.tidings.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tidings.model.Analysis;
import org.tidings.model.Diagnostic;

/**
 * What the pipeline made of one source: the analysis, or only diagnostics (a dead letter).
 *
 * @param location where the source came from
 * @param analysis the finished analysis, empty when the source was given up
 * @param diagnostics every problem met, including those inside the analysis
 */
public record Result(String location, Optional<Analysis> analysis, List<Diagnostic> diagnostics) {
  public Result {
    Objects.requireNonNull(location);
    Objects.requireNonNull(analysis);
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when the source was given up and should go to the dead letters. */
  public boolean deadLetter() {
    return analysis.isEmpty();
  }
}
