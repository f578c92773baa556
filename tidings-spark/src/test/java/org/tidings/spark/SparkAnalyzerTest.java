package org.tidings.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.engine.StandardPipeline;
import org.tidings.ingest.Ingested;
import org.tidings.ingest.SourceReader;
import org.tidings.model.Analysis;
import org.tidings.model.Event;
import org.tidings.pipeline.GuardedPipeline;
import org.tidings.pipeline.Result;

/** The Spark job in local mode over the project's examples plus two bad files. */
class SparkAnalyzerTest {
  private static SparkSession spark;

  @TempDir static Path inputs;
  @TempDir static Path out;

  @BeforeAll
  static void start() throws IOException {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("tidings-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    Path nested = Files.createDirectories(inputs.resolve("nested"));
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      for (Path f : files.toList()) {
        Files.copy(f, nested.resolve(f.getFileName()));
      }
    }
    Files.write(inputs.resolve("empty.html"), new byte[0]);
    Files.write(inputs.resolve("junk.html"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 9});
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void findsWhatTheLocalPipelineFindsAndKeepsBadInputAsDeadLetters() throws IOException {
    Set<String> expected = new HashSet<>();
    int articles = 0;
    GuardedPipeline local = new GuardedPipeline(StandardPipeline.create());
    try (Stream<Ingested> all = SourceReader.standard().read(inputs)) {
      for (Ingested in : all.toList()) {
        Result r = local.process(in);
        if (r.analysis().isPresent()) {
          articles++;
          Analysis a = r.analysis().get();
          for (Event e : a.events()) {
            expected.add(a.article().id() + " " + e.source() + " " + e.code() + " " + e.target());
          }
        }
      }
    }
    assertTrue(articles >= 4, "examples hold pages, a text dump and a WARC");
    assertFalse(expected.isEmpty());

    String dir = inputs.toUri().toString();
    try (SparkAnalyzer.Tables tables = new SparkAnalyzer(spark, 3).analyze(List.of(dir))) {
      assertEquals(articles, tables.articles().count());
      Set<String> got = new HashSet<>();
      for (Row r : tables.events().collectAsList()) {
        got.add(
            r.getAs("article_id")
                + " "
                + r.getAs("source")
                + " "
                + r.getAs("code")
                + " "
                + r.getAs("target"));
      }
      assertEquals(expected, got);
      List<Row> dead = tables.deadLetters().orderBy("code").collectAsList();
      assertEquals(2, dead.size(), dead::toString);
      assertEquals("ingest.binary", dead.get(0).getString(1));
      assertEquals("ingest.empty", dead.get(1).getString(1));

      tables.register();
      Row top =
          spark
              .sql("SELECT supplier, count(*) n FROM transfers GROUP BY supplier ORDER BY n DESC")
              .first();
      assertFalse(top.getString(0).isEmpty());

      tables.write(out.resolve("tables").toUri().toString());
      assertEquals(
          got.size(), spark.read().parquet(out.resolve("tables/events").toString()).count());
      String firstAnalysis =
          spark.read().text(out.resolve("tables/analyses").toString()).first().getString(0);
      assertTrue(firstAnalysis.startsWith("{\"id\":"), firstAnalysis);
    }
    assertTrue(Files.exists(out.resolve("tables/articles/_SUCCESS")));
  }
}
