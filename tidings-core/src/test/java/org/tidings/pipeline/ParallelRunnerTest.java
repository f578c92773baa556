package org.tidings.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.ingest.Ingested;
import org.tidings.ingest.SourceReader;
import org.tidings.model.Article;
import org.tidings.model.Diagnostic;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.Source;
import org.tidings.model.SourceMap;
import org.tidings.model.Span;
import org.tidings.nlp.Tokenizer;

class ParallelRunnerTest {
  @TempDir Path dir;

  /** Text as is: enough of an extractor to test the runner. */
  static final Extractor VERBATIM =
      source ->
          Extraction.of(
              Article.of(
                  source.location(),
                  "",
                  Optional.empty(),
                  List.of(),
                  "en",
                  new String(source.bytes(), StandardCharsets.UTF_8),
                  SourceMap.none()),
              List.of());

  /** Throws for texts containing "boom". */
  static final class Exploder implements Annotator {
    @Override
    public org.tidings.model.Analysis annotate(org.tidings.model.Analysis a) {
      if (a.article().text().contains("boom")) {
        throw new IllegalStateException("cannot parse boom");
      }
      return a;
    }
  }

  private static Ingested text(String location, String text) {
    return new Ingested.Found(
        Source.ofFile(location, "text/plain", text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Result> runAll(ParallelRunner runner, List<Ingested> inputs) {
    List<Result> out = new ArrayList<>();
    runner.run(inputs.iterator(), inputs.size(), out::add, ProgressListener.none());
    return out;
  }

  @Test
  void turnsAStageExceptionIntoADiagnosticAndGoesOn() {
    Pipeline p = new Pipeline(VERBATIM, List.of(new Tokenizer(), new Exploder()));
    List<Result> results =
        runAll(
            new ParallelRunner(p, 2),
            List.of(text("a.txt", "Fine."), text("b.txt", "It went boom."), text("c.txt", "Ok.")));
    assertEquals(3, results.size());
    Result bad = results.get(1);
    assertEquals("b.txt", bad.location());
    assertFalse(bad.deadLetter(), "the article survives a failing annotator");
    Diagnostic d = bad.diagnostics().get(0);
    assertEquals(GuardedPipeline.STAGE_FAILED, d.code());
    assertEquals("b.txt", d.location());
    assertTrue(d.message().contains("Exploder"), d.message());
    assertTrue(d.message().contains("cannot parse boom"), d.message());
    assertFalse(bad.analysis().get().tokens().isEmpty(), "stages before the failure count");
    assertTrue(results.get(0).diagnostics().isEmpty());
    assertTrue(results.get(2).diagnostics().isEmpty());
  }

  @Test
  void anAnnotatorMakingBadSpansIsCaughtToo() {
    Annotator badSpans =
        a -> a.withEntities(List.of(new Entity(new Span(0, 999), "x", EntityType.MISC, "x")));
    Result r =
        new GuardedPipeline(new Pipeline(VERBATIM, List.of(badSpans)))
            .process(source(text("x", "short")));
    assertEquals(GuardedPipeline.STAGE_FAILED, r.diagnostics().get(0).code());
    assertTrue(r.diagnostics().get(0).message().contains("ParallelRunnerTest lambda"));
  }

  private static Source source(Ingested in) {
    return ((Ingested.Found) in).source();
  }

  @Test
  void anExtractorExceptionGivesADeadLetter() {
    Extractor failing =
        s -> {
          throw new IllegalArgumentException("unparseable");
        };
    List<Result> results =
        runAll(
            new ParallelRunner(new Pipeline(failing, List.of()), 1), List.of(text("x.html", "")));
    Result r = results.get(0);
    assertTrue(r.deadLetter());
    assertEquals(GuardedPipeline.STAGE_FAILED, r.diagnostics().get(0).code());
    assertEquals(Diagnostic.Severity.ERROR, r.diagnostics().get(0).severity());
    assertEquals("x.html", r.diagnostics().get(0).location());
  }

  @Test
  void rejectedInputsBecomeDeadLettersInPlace() {
    Ingested rejected =
        new Ingested.Rejected(Diagnostic.error("ingest.empty", "empty file", "e.txt"));
    List<Result> results =
        runAll(
            new ParallelRunner(new Pipeline(VERBATIM, List.of()), 2),
            List.of(text("a", "a"), rejected, text("b", "b")));
    assertEquals(List.of("a", "e.txt", "b"), results.stream().map(Result::location).toList());
    assertTrue(results.get(1).deadLetter());
    assertEquals("ingest.empty", results.get(1).diagnostics().get(0).code());
  }

  @Test
  void deliversInInputOrderOnTheCallingThread() {
    Annotator uneven =
        a -> {
          // uneven work so that workers finish out of order
          int n = a.article().text().length() % 7 == 0 ? 200_000 : 10;
          long x = 0;
          for (int i = 0; i < n; i++) {
            x += i * 31L;
          }
          return x == -1 ? null : a;
        };
    List<Ingested> inputs =
        IntStream.range(0, 500).mapToObj(i -> text("doc" + i, "x".repeat(i))).toList();
    Thread caller = Thread.currentThread();
    List<String> seen = new ArrayList<>();
    AtomicInteger progressCalls = new AtomicInteger();
    ParallelRunner.Summary summary =
        new ParallelRunner(new Pipeline(VERBATIM, List.of(uneven)), 4, 3)
            .run(
                inputs.iterator(),
                inputs.size(),
                r -> {
                  assertSame(caller, Thread.currentThread());
                  seen.add(r.location());
                },
                p -> {
                  progressCalls.incrementAndGet();
                  assertEquals(500, p.total());
                });
    assertEquals(inputs.stream().map(Ingested::location).toList(), seen);
    assertEquals(500, summary.results());
    assertEquals(500, summary.articles());
    assertEquals(500, progressCalls.get());
  }

  @Test
  void errorsPropagate() {
    Annotator oom =
        a -> {
          throw new OutOfMemoryError("test");
        };
    ParallelRunner runner = new ParallelRunner(new Pipeline(VERBATIM, List.of(oom)), 2);
    List<Ingested> inputs = List.of(text("a", "a"), text("b", "b"));
    assertThrows(
        OutOfMemoryError.class,
        () -> runner.run(inputs.iterator(), -1, r -> {}, ProgressListener.none()));
  }

  @Test
  void aFailingSinkStopsTheRun() {
    ParallelRunner runner = new ParallelRunner(new Pipeline(VERBATIM, List.of()), 2, 2);
    List<Ingested> inputs = IntStream.range(0, 1000).mapToObj(i -> text("d" + i, "t")).toList();
    AtomicInteger finished = new AtomicInteger();
    assertThrows(
        IllegalStateException.class,
        () ->
            runner.run(
                inputs.iterator(),
                -1,
                r -> {
                  throw new IllegalStateException("disk full");
                },
                new ProgressListener() {
                  @Override
                  public void progress(Progress p) {}

                  @Override
                  public void finished(Progress p) {
                    finished.incrementAndGet();
                  }
                }));
    assertEquals(1, finished.get());
  }

  @Test
  void aThousandMixedFilesAreAllAccountedFor() throws IOException {
    List<String> expectedGood = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      String name = String.format(java.util.Locale.ROOT, "d%02d/f%04d", i % 10, i);
      Path p;
      switch (i % 10) {
        case 0 -> p = Files.write(dir.resolve(mk(name + ".txt")), new byte[0]);
        case 1 -> p = Files.write(dir.resolve(mk(name + ".html")), new byte[] {0, 1, 2, 3, 0});
        case 2 -> p = Files.writeString(dir.resolve(mk(name + ".txt")), "boom " + i);
        case 3 -> p = Files.writeString(dir.resolve(mk(name + ".html")), "<p>broken <b" + i);
        default -> p = Files.writeString(dir.resolve(mk(name + ".txt")), "Story number " + i + ".");
      }
      if (i % 10 >= 2) {
        expectedGood.add(p.toString());
      }
    }
    Pipeline p = new Pipeline(VERBATIM, List.of(new Tokenizer(), new Exploder()));
    List<Result> results = new ArrayList<>();
    try (Stream<Ingested> in = SourceReader.standard().read(dir)) {
      new ParallelRunner(p, 2).run(in.iterator(), -1, results::add, ProgressListener.none());
    }
    assertEquals(1000, results.size());
    List<String> articles =
        results.stream().filter(r -> !r.deadLetter()).map(Result::location).sorted().toList();
    assertEquals(expectedGood.stream().sorted().toList(), articles);
    long empty = count(results, "ingest.empty");
    long binary = count(results, "ingest.binary");
    long failed = count(results, GuardedPipeline.STAGE_FAILED);
    assertEquals(100, empty);
    assertEquals(100, binary);
    assertEquals(100, failed);
    List<String> order = results.stream().map(Result::location).toList();
    assertEquals(order.stream().sorted().toList(), order, "directory order is name order");
  }

  private Path mk(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return p;
  }

  private static long count(List<Result> results, String code) {
    return results.stream()
        .flatMap(r -> r.diagnostics().stream())
        .filter(d -> d.code().equals(code))
        .count();
  }
}
