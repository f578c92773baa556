package org.tidings.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tidings.ingest.Ingested;
import org.tidings.model.Analysis;
import org.tidings.model.Diagnostic;
import org.tidings.model.Source;

/**
 * Runs a {@link Pipeline} over one source so that a failing stage costs only that source: a {@link
 * RuntimeException} thrown by the extractor gives a dead letter, one thrown by an annotator is
 * recorded and the remaining stages still run. Either way the result carries a diagnostic {@code
 * pipeline.stage-failed} naming the stage and the source. {@link Error}s (out of memory) propagate.
 * Thread-safe.
 */
public final class GuardedPipeline {
  /** Diagnostic code of a stage that threw. */
  public static final String STAGE_FAILED = "pipeline.stage-failed";

  private final Pipeline pipeline;

  public GuardedPipeline(Pipeline pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline);
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  /** What came of one ingested input: its result, or a dead letter for a rejected input. */
  public Result process(Ingested in) {
    if (in instanceof Ingested.Found found) {
      return process(found.source());
    }
    Diagnostic d = ((Ingested.Rejected) in).diagnostic();
    return new Result(d.location(), Optional.empty(), List.of(d));
  }

  /** Runs every stage over one source; never throws a {@link RuntimeException}. */
  public Result process(Source source) {
    String location = source.location();
    Extraction extraction;
    try {
      extraction = Objects.requireNonNull(pipeline.extractor().extract(source), "no extraction");
    } catch (RuntimeException e) {
      Diagnostic d = failed(pipeline.extractor(), location, e, Diagnostic.Severity.ERROR);
      return new Result(location, Optional.empty(), List.of(d));
    }
    List<Diagnostic> diagnostics = new ArrayList<>(extraction.diagnostics());
    if (extraction.article().isEmpty()) {
      return new Result(location, Optional.empty(), diagnostics);
    }
    Analysis analysis;
    try {
      analysis = Analysis.of(extraction.article().get()).plusDiagnostics(diagnostics);
    } catch (RuntimeException e) {
      diagnostics.add(failed(pipeline.extractor(), location, e, Diagnostic.Severity.ERROR));
      return new Result(location, Optional.empty(), diagnostics);
    }
    for (Annotator annotator : pipeline.annotators()) {
      try {
        analysis = Objects.requireNonNull(annotator.annotate(analysis), "no analysis");
      } catch (RuntimeException e) {
        analysis =
            analysis.plusDiagnostics(
                List.of(failed(annotator, location, e, Diagnostic.Severity.WARNING)));
      }
    }
    return new Result(location, Optional.of(analysis), analysis.diagnostics());
  }

  private static Diagnostic failed(
      Object stage, String location, RuntimeException e, Diagnostic.Severity severity) {
    StringBuilder message =
        new StringBuilder("stage ").append(stageName(stage)).append(" failed: ");
    message.append(e.getClass().getSimpleName());
    if (e.getMessage() != null) {
      message.append(": ").append(e.getMessage());
    }
    StackTraceElement[] trace = e.getStackTrace();
    if (trace.length > 0) {
      message.append(" (at ").append(trace[0]).append(')');
    }
    return new Diagnostic(STAGE_FAILED, message.toString(), location, severity);
  }

  /** The class name of a stage, without the suffix the JVM gives lambdas. */
  static String stageName(Object stage) {
    String name = stage.getClass().getName();
    int lambda = name.indexOf("$$Lambda");
    if (lambda >= 0) {
      name = name.substring(0, lambda) + " lambda";
    }
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
