package org.tidings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.tidings.model.Diagnostic;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.Result;
import org.tidings.store.Store;

/** Analyses inputs into a store and sums up what happened; shared by ingest and demo. */
final class StoreIngest {
  /** Diagnostic code of an article the store would not write. */
  static final String STORE_FAILED = "store.write-failed";

  private long added;
  private long updated;
  private long givenUp;
  private final Map<String, Long> byCode = new TreeMap<>();
  private Batch.Report report;

  private final Deque<Pending> pending = new ArrayDeque<>();
  private PrintWriter err;
  private long elapsedNanos;

  /** An article handed to the store and not yet known to be written. */
  private record Pending(String location, CompletableFuture<Boolean> stored) {}

  /**
   * Runs the batch. Results are handed to the store from this thread only, in input order; the
   * store may group them into transactions ({@link Store#putAsync}).
   */
  static StoreIngest run(
      Pipeline pipeline, Store store, List<Path> paths, Options.Run options, PrintWriter err) {
    long start = System.nanoTime();
    StoreIngest s = new StoreIngest();
    s.err = err;
    s.report = Batch.run(pipeline, paths, options, err, r -> s.accept(store, r));
    while (!s.pending.isEmpty()) {
      s.settle(s.pending.poll());
    }
    s.elapsedNanos = System.nanoTime() - start;
    return s;
  }

  private void accept(Store store, Result result) {
    for (Diagnostic d : result.diagnostics()) {
      byCode.merge(d.code(), 1L, Long::sum);
    }
    if (result.analysis().isPresent()) {
      pending.add(new Pending(result.location(), store.putAsync(result.analysis().get())));
    } else {
      givenUp++;
      store.putDeadLetter(result.location(), result.diagnostics());
    }
    while (!pending.isEmpty() && pending.peek().stored().isDone()) {
      settle(pending.poll());
    }
  }

  /** Waits for one write; a write the store refused costs that article only. */
  private void settle(Pending p) {
    try {
      if (p.stored().join()) {
        added++;
      } else {
        updated++;
      }
    } catch (CompletionException | CancellationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      givenUp++;
      byCode.merge(STORE_FAILED, 1L, Long::sum);
      err.println(STORE_FAILED + " " + p.location() + ": " + cause.getMessage());
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
    double seconds = elapsedNanos / 1e9;
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
