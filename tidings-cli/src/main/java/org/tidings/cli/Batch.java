package org.tidings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.tidings.ingest.Ingested;
import org.tidings.ingest.SourceReader;
import org.tidings.model.Diagnostic;
import org.tidings.pipeline.ParallelRunner;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.ProgressListener;
import org.tidings.pipeline.Result;

/** Runs a pipeline over files and directories, with a progress bar on a terminal. */
final class Batch {
  private Batch() {}

  /** How a batch went. */
  record Report(ParallelRunner.Summary summary, long skippedRecords) {}

  static Report run(
      Pipeline pipeline,
      List<Path> paths,
      Options.Run options,
      PrintWriter err,
      Consumer<Result> sink) {
    SourceReader reader = new SourceReader(options.maxBytes);
    try (Stream<Ingested> inputs = reader.read(paths)) {
      return run(pipeline, inputs.iterator(), paths, reader, options, err, sink);
    }
  }

  static Report run(
      Pipeline pipeline,
      Iterator<Ingested> inputs,
      List<Path> paths,
      SourceReader reader,
      Options.Run options,
      PrintWriter err,
      Consumer<Result> sink) {
    ProgressListener progress = ProgressBar.forTerminal(err, !options.noProgress);
    long total = progress instanceof ProgressBar ? SourceReader.countFiles(paths) : -1;
    ParallelRunner runner = new ParallelRunner(pipeline, options.threadCount());
    ParallelRunner.Summary summary = runner.run(inputs, total, sink, progress);
    return new Report(summary, reader.skippedRecords());
  }

  /** One line for a person: code, location, message. */
  static String describe(Diagnostic d) {
    return d.code() + " " + d.location() + ": " + d.message();
  }
}
