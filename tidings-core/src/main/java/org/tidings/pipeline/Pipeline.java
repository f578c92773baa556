package org.tidings.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tidings.model.Analysis;
import org.tidings.model.Diagnostic;
import org.tidings.model.Source;

/** An extractor followed by annotators, applied to one source at a time. Thread-safe. */
public final class Pipeline {
  private final Extractor extractor;
  private final List<Annotator> annotators;

  public Pipeline(Extractor extractor, List<Annotator> annotators) {
    this.extractor = Objects.requireNonNull(extractor);
    this.annotators = List.copyOf(annotators);
  }

  /** The stage that turns sources into articles. */
  public Extractor extractor() {
    return extractor;
  }

  /** The stages run over each article, in order. */
  public List<Annotator> annotators() {
    return annotators;
  }

  /** Runs every stage over one source. Bad input gives a dead-letter result, not an exception. */
  public Result process(Source source) {
    Extraction extraction = extractor.extract(source);
    List<Diagnostic> diagnostics = new ArrayList<>(extraction.diagnostics());
    if (extraction.article().isEmpty()) {
      return new Result(source.location(), Optional.empty(), diagnostics);
    }
    Analysis analysis = Analysis.of(extraction.article().get()).plusDiagnostics(diagnostics);
    for (Annotator annotator : annotators) {
      analysis = annotator.annotate(analysis);
    }
    return new Result(source.location(), Optional.of(analysis), analysis.diagnostics());
  }

  /** Runs the annotators alone over an article already extracted. */
  public Analysis annotate(Analysis analysis) {
    for (Annotator annotator : annotators) {
      analysis = annotator.annotate(analysis);
    }
    return analysis;
  }
}
