package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.json.AnalysisJson;
import org.tidings.model.Analysis;
import org.tidings.model.Diagnostic;
import org.tidings.model.EntityType;
import org.tidings.model.Event;
import org.tidings.store.Store.EventQuery;
import org.tidings.store.Store.SearchHit;
import org.tidings.store.Store.Stats;
import org.tidings.store.Store.StoredEvent;
import org.tidings.store.Store.StoredTransfer;
import org.tidings.store.Store.TransferQuery;

class EmbeddedStoreTest {
  @TempDir Path dir;
  private EmbeddedStore store;
  private final Analysis arms = Samples.arms("arms.html", Optional.empty());

  @BeforeEach
  void open() {
    store = EmbeddedStore.open(dir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void roundTripsAnAnalysis() {
    assertTrue(store.put(arms));
    Analysis back = store.article(arms.article().id()).orElseThrow();
    AnalysisJson json = new AnalysisJson();
    assertEquals(json.line(arms), json.line(back));
    assertEquals(arms.entities(), back.entities());
    assertEquals(arms.quotes(), back.quotes());
    assertEquals(arms.events(), back.events());
    assertEquals(arms.transfers(), back.transfers());
    assertEquals(List.of("A. Writer"), back.article().authors());
    assertEquals(Optional.empty(), store.article("no-such-id"));
  }

  @Test
  void exportsEveryTableAsParquet() throws Exception {
    store.put(arms);
    List<Path> files = store.exportParquet(dir.resolve("parquet"));
    assertEquals(6, files.size());
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        var s = c.createStatement()) {
      long[] rows = new long[files.size()];
      for (int i = 0; i < rows.length; i++) {
        String sql = "SELECT count(*) FROM read_parquet('" + files.get(i) + "')";
        try (var rs = s.executeQuery(sql)) {
          rs.next();
          rows[i] = rs.getLong(1);
        }
      }
      assertArrayEquals(new long[] {1, 7, 1, 3, 2, 0}, rows);
      String sql =
          "SELECT source, code, target FROM read_parquet('"
              + dir.resolve("parquet/events.parquet")
              + "') ORDER BY ord LIMIT 1";
      try (var rs = s.executeQuery(sql)) {
        assertTrue(rs.next());
        assertEquals(arms.events().get(0).code(), rs.getString("code"));
        assertEquals(arms.events().get(0).source(), rs.getString("source"));
      }
    }
  }

  @Test
  void storesFactsInTheirTables() {
    store.put(arms);
    assertEquals(new Stats(1, 7, 1, 3, 2, 0), store.stats());
    var quote = store.quotes(Optional.of("ilham aliyev"), 10);
    assertEquals(1, quote.size());
    assertEquals("We buy what we need.", quote.get(0).quote().text());
    assertEquals(arms.article().id(), quote.get(0).articleId());
    assertEquals(List.of(), store.quotes(Optional.of("Putin"), 10));
    var people = store.entities(Optional.of("person"), 10);
    assertEquals(
        Set.of("Ilham Aliyev", "Dmitry Medvedev"),
        people.stream().map(e -> e.example().canonical()).collect(Collectors.toSet()));
    assertEquals(EntityType.PERSON, people.get(0).example().type());
    assertThrows(IllegalArgumentException.class, () -> store.entities(Optional.of("martian"), 5));
    var list = store.articles(0, 10);
    assertEquals(1, list.size());
    assertEquals("Russia arms Azerbaijan", list.get(0).title());
    assertEquals(Optional.empty(), list.get(0).published());
  }

  @Test
  void rePutReplacesAndNeverDuplicates() {
    assertTrue(store.put(arms));
    Analysis fewer = arms.withEvents(List.of(arms.events().get(0))).withQuotes(List.of());
    assertFalse(store.put(fewer));
    assertFalse(store.put(fewer));
    Stats s = store.stats();
    assertEquals(1, s.articles());
    assertEquals(7, s.entities());
    assertEquals(0, s.quotes());
    assertEquals(1, s.events());
    assertEquals(2, s.transfers());
    assertEquals(1, store.search("Medvedev", 10).size());
    assertEquals(1, store.article(arms.article().id()).orElseThrow().events().size());
  }

  @Test
  void keepsDeadLetters() {
    store.putDeadLetter(
        "a.warc#r1", List.of(Diagnostic.error("extract.empty", "no text", "a.warc#r1")));
    store.putDeadLetter(
        "b.html", List.of(Diagnostic.error("ingest.charset", "bad bytes", "b.html")));
    store.putDeadLetter(
        "b.html",
        List.of(
            Diagnostic.error("ingest.charset", "bad bytes again", "b.html"),
            Diagnostic.warning("ingest.size", "large", "b.html")));
    var letters = store.deadLetters(10);
    assertEquals(2, letters.size());
    assertEquals("b.html", letters.get(0).location());
    assertEquals(2, letters.get(0).diagnostics().size());
    assertEquals("bad bytes again", letters.get(0).diagnostics().get(0).message());
    assertEquals(Diagnostic.Severity.WARNING, letters.get(0).diagnostics().get(1).severity());
    assertEquals("a.warc#r1", letters.get(1).location());
    assertTrue(letters.get(1).when().endsWith("Z"), letters.get(1).when());
    assertEquals(2, store.stats().deadLetters());
  }

  @Test
  void searchFindsWordsWithSnippets() {
    store.put(arms);
    store.put(Samples.small(1, "en"));
    List<SearchHit> hits = store.search("artillery", 10);
    assertEquals(1, hits.size());
    assertEquals(arms.article().id(), hits.get(0).article().id());
    assertTrue(hits.get(0).snippet().contains("<b>artillery</b>"), hits.get(0).snippet());
    // English stemming: "delivering" finds "delivered"
    assertEquals(1, store.search("delivering", 10).size());
    // titles are searched too, and AND is the default operator
    assertEquals(1, store.search("Report harvest", 10).size());
    assertEquals(0, store.search("Report artillery", 10).size());
    assertEquals(2, store.search("Report OR artillery", 10).size());
    assertTrue(store.search("nothingsuch", 10).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> store.search("title:(", 10));
    assertThrows(IllegalArgumentException.class, () -> store.search(" ", 10));
  }

  @Test
  void snippetsAreEscaped() {
    String text = "Headline\n\nThe <script>alert(1)</script> tag & co were found.";
    var article =
        org.tidings.model.Article.of(
            "x.html",
            "Headline",
            Optional.empty(),
            List.of(),
            "en",
            text,
            org.tidings.model.SourceMap.none());
    store.put(Analysis.of(article));
    String snippet = store.search("found", 1).get(0).snippet();
    assertFalse(snippet.contains("<script>"), snippet);
    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    assertTrue(snippet.contains("<b>found</b>"), snippet);
  }

  @Test
  void indexesOtherLanguagesWithoutEnglishStemming() {
    store.put(Samples.small(2, "hy"));
    store.put(Samples.small(3, "de"));
    assertEquals(1, store.search("harvest AND 2", 10).size());
    assertEquals(1, store.search("Ruritania AND 3", 10).size());
    assertEquals("hy", store.search("harvest AND 2", 10).get(0).article().language());
  }

  @Test
  void filtersEvents() {
    store.put(arms);
    store.put(Samples.arms("b.html", Optional.of(LocalDate.of(2012, 5, 1)), " More news."));
    assertEquals(6, store.events(EventQuery.all(100)).size());
    List<StoredEvent> rus =
        store.events(
            new EventQuery(
                Optional.of("rus"), Optional.empty(), Optional.empty(), Optional.empty(), 100));
    assertEquals(6, rus.size()); // RUS or RUSGOV as source or target
    List<StoredEvent> rusgov =
        store.events(
            new EventQuery(
                Optional.of("RUSGOV"), Optional.empty(), Optional.empty(), Optional.empty(), 100));
    assertEquals(2, rusgov.size());
    assertEquals("042", rusgov.get(0).event().code());
    assertTrue(
        rusgov.get(0).sentence().contains("Medvedev visited Yerevan"), rusgov.get(0).sentence());
    List<StoredEvent> aid =
        store.events(
            new EventQuery(
                Optional.empty(), Optional.of("07"), Optional.empty(), Optional.empty(), 100));
    assertEquals(2, aid.size());
    assertTrue(aid.stream().allMatch(e -> e.event().code().equals("072")));
    // dates: the event's own day, else the article's publication date, else none
    List<StoredEvent> in2010 =
        store.events(
            new EventQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.of(LocalDate.of(2010, 1, 1)),
                Optional.of(LocalDate.of(2010, 12, 31)),
                100));
    assertEquals(2, in2010.size());
    assertTrue(in2010.stream().allMatch(e -> e.event().code().equals("042")));
    List<StoredEvent> since2011 =
        store.events(
            new EventQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.of(LocalDate.of(2011, 1, 1)),
                Optional.empty(),
                100));
    assertEquals(2, since2011.size()); // the undated ones of the article published in 2012
    assertTrue(since2011.stream().allMatch(e -> !e.event().code().equals("042")));
    assertEquals(1, store.events(EventQuery.all(1)).size());
  }

  @Test
  void filtersTransfers() {
    store.put(arms);
    assertEquals(2, store.transfers(TransferQuery.all(10)).size());
    List<StoredTransfer> toArmenia =
        store.transfers(
            new TransferQuery(Optional.of("rus"), Optional.of("ARM"), Optional.empty(), 10));
    assertEquals(1, toArmenia.size());
    assertEquals(List.of("Iskander"), toArmenia.get(0).transfer().items());
    assertTrue(toArmenia.get(0).sentence().startsWith("Russia delivered Iskander"));
    List<StoredTransfer> artillery =
        store.transfers(
            new TransferQuery(Optional.empty(), Optional.empty(), Optional.of("ARTILLERY"), 10));
    assertEquals(1, artillery.size());
    assertEquals(arms.transfers().get(0), artillery.get(0).transfer());
    assertEquals(5.0e9, artillery.get(0).transfer().value().value());
    assertTrue(
        store
            .transfers(
                new TransferQuery(Optional.of("USA"), Optional.empty(), Optional.empty(), 10))
            .isEmpty());
  }

  @Test
  void concurrentPutsAreAllStored() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        Analysis a = Samples.small(i % 200, "en"); // 100 of them twice
        results.add(pool.submit(() -> store.put(a)));
      }
      int fresh = 0;
      for (Future<Boolean> f : results) {
        fresh += f.get() ? 1 : 0;
      }
      assertEquals(200, fresh);
    } finally {
      pool.shutdown();
    }
    assertEquals(200, store.stats().articles());
    assertEquals(200, store.stats().entities());
    assertEquals(200, store.search("harvest", 1000).size());
    assertEquals(200, store.entities(Optional.empty(), 5).get(0).articles());
  }

  @Test
  void readsRunAlongsideWrites() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> readers = new ArrayList<>();
      java.util.concurrent.atomic.AtomicBoolean writing =
          new java.util.concurrent.atomic.AtomicBoolean(true);
      for (int r = 0; r < 3; r++) {
        readers.add(
            pool.submit(
                () -> {
                  long last = 0;
                  while (writing.get()) {
                    long n = store.stats().articles();
                    assertTrue(n >= last, "counts never go back");
                    last = n;
                    store.search("harvest", 5);
                    store.entities(Optional.empty(), 3);
                  }
                  return null;
                }));
      }
      for (int i = 0; i < 150; i++) {
        store.putAsync(Samples.small(i, "en"));
      }
      store.flush();
      writing.set(false);
      for (Future<?> f : readers) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(150, store.stats().articles());
  }

  @Test
  void asyncPutsShareCommits() {
    List<java.util.concurrent.CompletableFuture<Boolean>> futures = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      futures.add(store.putAsync(Samples.small(i, "en")));
    }
    futures.forEach(java.util.concurrent.CompletableFuture::join);
    assertEquals(100, store.stats().articles());
  }

  @Test
  void flushWaitsForQueuedWrites() {
    List<java.util.concurrent.CompletableFuture<Boolean>> futures = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      futures.add(store.putAsync(Samples.small(i, "en")));
    }
    store.flush();
    assertTrue(futures.stream().allMatch(f -> f.isDone() && !f.isCompletedExceptionally()));
    assertEquals(300, store.stats().articles());
    assertEquals(300, store.search("harvest", 1000).size());
  }

  @Test
  void theSameArticleTwiceInOneBatchIsReplacedNotDuplicated() {
    Analysis first = Samples.small(7, "en");
    Analysis second = first.withEntities(List.of());
    var a = store.putAsync(first);
    var b = store.putAsync(second);
    var c = store.putAsync(Samples.small(8, "en"));
    assertTrue(a.join());
    assertFalse(b.join());
    assertTrue(c.join());
    assertEquals(2, store.stats().articles());
    assertEquals(1, store.stats().entities());
    assertEquals(List.of(), store.article(first.article().id()).orElseThrow().entities());
  }

  @Test
  void aStoreInUseCannotBeOpenedTwice() {
    assertThrows(StoreException.class, () -> EmbeddedStore.open(dir));
    assertTrue(store.put(arms)); // the first is unharmed
    assertEquals(1, store.search("Iskander", 5).size());
  }

  @Test
  void reopenKeepsData() {
    store.put(arms);
    store.putDeadLetter("x", List.of(Diagnostic.error("e.x", "m", "x")));
    store.close();
    store.close(); // idempotent
    assertThrows(IllegalStateException.class, () -> store.put(arms));
    store = EmbeddedStore.open(dir);
    assertEquals(new Stats(1, 7, 1, 3, 2, 1), store.stats());
    assertEquals(1, store.search("Iskander", 5).size());
    assertEquals(arms.events(), store.article(arms.article().id()).orElseThrow().events());
    assertEquals(Schema.VERSION, store.schemaVersion());
    assertFalse(store.put(arms));
  }

  @Test
  void migratesAVersionOneStoreAndKeepsEventProvenance() throws Exception {
    store.close();
    String url = "jdbc:duckdb:" + dir.resolve(EmbeddedStore.DB_FILE).toAbsolutePath();
    try (var c = java.sql.DriverManager.getConnection(url);
        var s = c.createStatement()) {
      for (String column : List.of("reporter", "date_from", "intent")) {
        s.execute("ALTER TABLE events DROP COLUMN " + column);
      }
      s.execute("DELETE FROM schema_version");
      s.execute("INSERT INTO schema_version VALUES (1, now())");
    }
    store = EmbeddedStore.open(dir);
    assertEquals(Schema.VERSION, store.schemaVersion());
    Event first = arms.events().get(0);
    Event reported =
        new Event(
            first.span(),
            first.sentence(),
            first.source(),
            first.target(),
            first.code(),
            first.goldstein(),
            first.quadClass(),
            "2013-08-14",
            new Event.Provenance("AZEGOV", "publication", true));
    store.put(arms.withEvents(List.of(reported)));
    StoredEvent back =
        store
            .events(
                new EventQuery(
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 10))
            .get(0);
    assertEquals(reported, back.event());
  }

  @Test
  void reindexesWhatTheIndexLost() throws Exception {
    store.put(arms);
    store.close();
    // simulate a crash that lost the whole index
    try (var files = java.nio.file.Files.walk(dir.resolve(EmbeddedStore.INDEX_DIR))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    store = EmbeddedStore.open(dir);
    assertEquals(1, store.search("Iskander", 5).size());
  }

  @Test
  void aFailingPutLeavesNothingPartial() {
    store.close();
    RuntimeException boom = new IllegalStateException("boom");
    Analysis bad = Samples.arms("bad.html", Optional.empty());
    String badId = bad.article().id();
    store =
        EmbeddedStore.open(
            dir,
            EmbeddedStore.Options.defaults()
                .withJson(
                    a -> {
                      if (a.article().source().equals("bad.html")) {
                        throw boom;
                      }
                      return new AnalysisJson().line(a);
                    }));
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> store.put(bad));
    assertEquals(boom, thrown);
    assertEquals(new Stats(0, 0, 0, 0, 0, 0), store.stats());
    assertTrue(store.search("Iskander", 5).isEmpty());
    // the store still works, and a failing replacement keeps the earlier version whole
    Analysis good = Samples.small(1, "en");
    assertTrue(store.put(good));
    assertEquals(1, store.stats().articles());
    store.put(arms);
    Analysis badReplacement =
        new Analysis(
            new org.tidings.model.Article(
                arms.article().id(),
                "bad.html",
                "t",
                Optional.empty(),
                List.of(),
                "en",
                arms.article().text(),
                org.tidings.model.SourceMap.none()),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    assertThrows(IllegalStateException.class, () -> store.put(badReplacement));
    assertEquals(new Stats(2, 8, 1, 3, 2, 0), store.stats());
    assertEquals(arms.events(), store.article(arms.article().id()).orElseThrow().events());
    assertEquals("arms.html", store.article(badId).orElseThrow().article().source());
  }

  @Test
  void aFailingPutAmongConcurrentOnesFailsAlone() throws Exception {
    store.close();
    store =
        EmbeddedStore.open(
            dir,
            EmbeddedStore.Options.defaults()
                .withJson(
                    a -> {
                      if (a.article().title().equals("Report 13")) {
                        throw new IllegalStateException("unlucky");
                      }
                      return new AnalysisJson().line(a);
                    }));
    List<java.util.concurrent.CompletableFuture<Boolean>> futures = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      futures.add(store.putAsync(Samples.small(i, "en")));
    }
    int failed = 0;
    for (var f : futures) {
      try {
        f.join();
      } catch (java.util.concurrent.CompletionException e) {
        failed++;
        assertEquals("unlucky", e.getCause().getMessage());
      }
    }
    assertEquals(1, failed);
    assertEquals(49, store.stats().articles());
    assertEquals(49, store.stats().entities());
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> store.articles(-1, 5));
    assertThrows(IllegalArgumentException.class, () -> store.search("x", 0));
    assertThrows(IllegalArgumentException.class, () -> store.events(EventQuery.all(-1)));
  }

  @Test
  void limitsDuckDbMemory() {
    store.close();
    store = EmbeddedStore.open(dir, EmbeddedStore.Options.defaults().withMemoryLimit("100MB"));
    assertTrue(
        store.memoryLimit().startsWith("95") || store.memoryLimit().startsWith("100"),
        store.memoryLimit());
  }
}
