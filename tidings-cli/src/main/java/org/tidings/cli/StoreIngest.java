package org.tidings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tidings.model.Diagnostic;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.Result;
import org.tidings.store.Store;

/** Analyses inputs into a store and sums up what happened; shared by ingest and demo. */
final class StoreIngest {
  private long added;
  private long updated;
  private long givenUp;
  private final Map<String, Long> byCode = new TreeMap<>();
  private Batch.Report report;

  /** Runs the batch; results are written on this thread only, one at a time. */
  static StoreIngest run(
      Pipeline pipeline, Store store, List<Path> paths, Options.Run options, PrintWriter err) {
    StoreIngest s = new StoreIngest();
    s.report = Batch.run(pipeline, paths, options, err, r -> s.accept(store, r));
    return s;
  }

  private void accept(Store store, Result result) {
    for (Diagnostic d : result.diagnostics()) {
      byCode.merge(d.code(), 1L, Long::sum);
    }
    if (result.analysis().isPresent()) {
      if (store.put(result.analysis().get())) {
        added++;
      } else {
        updated++;
      }
    } else {
      givenUp++;
      store.putDeadLetter(result.location(), result.diagnostics());
    }
  }

  long articles() {
    return added + updated;
  }

  long givenUp() {
    return givenUp;
  }

  /** The summary for a person. */
  void print(PrintWriter out) {
    double seconds = report.summary().elapsedNanos() / 1e9;
    long inputs = report.summary().results();
    out.println(
        String.format(
            Locale.ROOT,
            "Ingested %,d input%s in %.1f s (%.1f docs/s)",
            inputs,
            inputs == 1 ? "" : "s",
            seconds,
            seconds > 0 ? inputs / seconds : 0.0));
    out.println(
        String.format(
            Locale.ROOT, "  articles: %,d (%,d new, %,d updated)", articles(), added, updated));
    out.println(String.format(Locale.ROOT, "  given up: %,d", givenUp));
    if (report.skippedRecords() > 0) {
      out.println(
          String.format(
              Locale.ROOT,
              "  WARC records skipped (not HTML or text): %,d",
              report.skippedRecords()));
    }
    if (byCode.isEmpty()) {
      out.println("  diagnostics: none");
    } else {
      out.println("  diagnostics:");
      byCode.forEach(
          (code, n) -> out.println(String.format(Locale.ROOT, "    %-28s %,d", code, n)));
    }
    out.flush();
  }
}
