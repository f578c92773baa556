package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.ingest.Ingested;
import org.tidings.ingest.SourceReader;
import org.tidings.model.Source;

/** The committed examples are what the generator makes, and ingest reads them all. */
class ExamplesTest {
  static final Path WARC = CommandsTest.EXAMPLES.resolve("news.warc.gz");

  @Test
  void theWarcHoldsTwoArticlesAndASkippedImage(@TempDir Path tmp) throws IOException {
    if (Boolean.getBoolean("tidings.regenerate")) {
      ExampleWarc.write(WARC);
    }
    SourceReader reader = SourceReader.standard();
    List<Ingested> all;
    try (Stream<Ingested> s = reader.read(WARC)) {
      all = s.toList();
    }
    assertEquals(2, all.size(), all::toString);
    Source ghana = ((Ingested.Found) all.get(0)).source();
    Source nile = ((Ingested.Found) all.get(1)).source();
    assertEquals(ExampleWarc.GHANA, ghana.url());
    assertEquals("utf-8", ghana.charset());
    assertEquals(ExampleWarc.NILE, nile.url());
    assertEquals(WARC + "#urn:uuid:" + ExampleWarc.id(2), nile.location());
    assertEquals(2, reader.skippedRecords(), "warcinfo and the JPEG");

    Path fresh = tmp.resolve("fresh.warc.gz");
    ExampleWarc.write(fresh);
    List<Ingested> regenerated;
    try (Stream<Ingested> s = SourceReader.standard().read(fresh)) {
      regenerated = s.toList();
    }
    for (int i = 0; i < 2; i++) {
      Source committed = ((Ingested.Found) all.get(i)).source();
      Source made = ((Ingested.Found) regenerated.get(i)).source();
      assertEquals(
          new String(committed.bytes(), java.nio.charset.StandardCharsets.UTF_8),
          new String(made.bytes(), java.nio.charset.StandardCharsets.UTF_8),
          "examples/news.warc.gz is stale: run with -Dtidings.regenerate=true");
    }
  }

  @Test
  void everyExampleIsReadable() throws IOException {
    try (Stream<Path> files = Files.list(CommandsTest.EXAMPLES)) {
      assertTrue(files.count() >= 4);
    }
    try (Stream<Ingested> s = SourceReader.standard().read(CommandsTest.EXAMPLES)) {
      assertTrue(s.allMatch(i -> i instanceof Ingested.Found), "no example is rejected");
    }
  }
}
