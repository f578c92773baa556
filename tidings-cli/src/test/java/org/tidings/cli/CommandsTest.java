package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.arms.TransferCsvWriter;
import org.tidings.json.AnalysisJson;
import org.tidings.nlp.Tokenizer;
import org.tidings.pipeline.Pipeline;
import picocli.CommandLine;

class CommandsTest {
  static final Path EXAMPLES = Path.of("..", "examples");
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Set<String> ANALYSIS_KEYS =
      Set.of(
          "id",
          "source",
          "title",
          "published",
          "language",
          "text",
          "entities",
          "quotes",
          "times",
          "amounts",
          "events",
          "transfers",
          "diagnostics");

  @TempDir Path dir;
  MemoryStore store;
  List<Path> storesOpened;
  List<String> serversStarted;

  record Run(int code, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
    }
  }

  @BeforeEach
  void setUp() {
    store = new MemoryStore();
    storesOpened = new ArrayList<>();
    serversStarted = new ArrayList<>();
  }

  /** Stages are pure and thread-safe, so one instance serves every test. */
  static final Pipeline PIPELINE =
      new Pipeline(Wiring.extractor(), List.of(new Tokenizer(), new MarkingAnnotator()));

  static final Pipeline EXTRACTION = new Pipeline(PIPELINE.extractor(), List.of());

  Tidings tidings() {
    return new Tidings(
        new Tidings.Parts(
            () -> PIPELINE,
            () -> EXTRACTION,
            path -> {
              storesOpened.add(path);
              return store;
            },
            (st, pipeline, host, port) -> {
              serversStarted.add(host + ":" + port);
              return new Wiring.Server() {
                @Override
                public String url() {
                  return "http://" + host + ":" + port + "/";
                }

                @Override
                public void close() {}
              };
            }));
  }

  Run run(String... args) {
    CommandLine cl = Tidings.commandLine(tidings());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  @Test
  void everyCommandHasHelp() {
    CommandLine cl = Tidings.commandLine(tidings());
    assertTrue(cl.getSubcommands().size() >= 11);
    for (String name : cl.getSubcommands().keySet()) {
      if (name.equals("help")) {
        continue;
      }
      Run r = run(name, "--help");
      assertEquals(0, r.code(), name);
      assertTrue(r.out().contains("Usage: tidings " + name), name + ": " + r.out());
    }
    Run top = run("--help");
    assertEquals(0, top.code());
    assertTrue(top.out().contains("analyze") && top.out().contains("transfers"), top.out());
  }

  @Test
  void printsItsVersion() {
    Run r = run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("tidings "), r.out());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run().code(), "no command");
    assertEquals(2, run("analyze").code(), "no path");
    assertEquals(2, run("analyze", "--bogus", "x").code());
    assertEquals(2, run("nonsense").code());
    assertEquals(2, run("extract").code(), "neither file nor --batch");
    assertEquals(2, run("events", "--from", "yesterday").code());
    assertEquals(2, run("transfers", "--format", "xml").code());
    Run r = run("entities", "--type", "planet");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("planet"), r.err());
  }

  @Test
  void analyzePrintsOneJsonObjectPerArticleInInputOrder() throws IOException {
    Path a = write("in/a.txt", "Lima signs a deal.\n\nMore text.");
    Path b = write("in/b.html", "<html><body><h1>Seoul</h1><p>Seoul sells guns.</p></body></html>");
    Path empty = write("in/c.txt", "");
    Path binary = dir.resolve("in/d.txt");
    Files.write(binary, new byte[] {0, 1, 2, 0, 5});
    Run r = run("analyze", "--no-progress", dir.resolve("in").toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.lines();
    assertEquals(2, lines.size(), r.out());
    JsonNode first = MAPPER.readTree(lines.get(0));
    JsonNode second = MAPPER.readTree(lines.get(1));
    assertEquals(a.toString(), first.get("source").asText());
    assertEquals(b.toString(), second.get("source").asText());
    for (JsonNode o : List.of(first, second)) {
      Set<String> keys = new TreeSet<>();
      o.fieldNames().forEachRemaining(keys::add);
      keys.remove("authors"); // AnalysisJson adds the bylines too
      assertEquals(new TreeSet<>(ANALYSIS_KEYS), keys);
      String text = o.get("text").asText();
      for (String list : List.of("entities", "quotes", "times", "amounts", "events", "transfers")) {
        assertFalse(o.get(list).isEmpty(), list);
        for (JsonNode n : o.get(list)) {
          assertTrue(n.has("start") && n.has("end"), list + ": " + n);
          assertTrue(n.get("end").asInt() <= text.length());
        }
      }
      assertTrue(o.get("published").isNull(), "no date in these inputs");
    }
    assertEquals("Lima", first.get("entities").get(0).get("text").asText());
    List<String> errLines = List.of(r.err().strip().split("\\R"));
    assertEquals(2, errLines.size(), r.err());
    assertEquals("ingest.empty " + empty + ": empty file", errLines.get(0));
    assertTrue(errLines.get(1).startsWith("ingest.binary " + binary + ": "), errLines.get(1));
  }

  @Test
  void analyzeFailsOnlyWhenEveryInputFailed() throws IOException {
    Path empty = write("bad/a.html", "");
    Path missing = dir.resolve("bad/none.txt");
    Run r = run("analyze", "--no-progress", empty.toString(), missing.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().isEmpty());
    assertTrue(r.err().contains("ingest.unreadable " + missing), r.err());
    Files.createDirectories(dir.resolve("nothing"));
    assertEquals(0, run("analyze", dir.resolve("nothing").toString()).code(), "nothing failed");
  }

  @Test
  void analyzeCopesWithEveryKindOfBadInput() throws IOException {
    write("mix/broken.html", "<html><body><p>Unclosed <b>tags <div>and <<>> Baku talks");
    Files.write(
        dir.resolve("mix/latin1.txt"),
        "Gespr\u00e4che in M\u00fcnchen \u00fcber Panzer."
            .getBytes(java.nio.charset.Charset.forName("ISO-8859-1")));
    Files.write(dir.resolve("mix/nul.htm"), new byte[] {'<', 'p', '>', 0, 0, 0});
    try (var f = new java.io.RandomAccessFile(dir.resolve("mix/huge.txt").toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    write("mix/notes.unknown", "Plain notes about arms deals.\n");
    Run r = run("analyze", "--no-progress", dir.resolve("mix").toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(3, r.lines().size(), r.out());
    assertTrue(r.out().contains("M\u00fcnchen"), "windows-1252 fallback decodes the umlauts");
    assertTrue(r.err().contains("ingest.too-large " + dir.resolve("mix/huge.txt")), r.err());
    assertTrue(r.err().contains("ingest.binary " + dir.resolve("mix/nul.htm")), r.err());
  }

  @Test
  void analyzeReadsTheExamples() throws IOException {
    Run r = run("analyze", "--no-progress", "--threads", "2", EXAMPLES.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(5, r.lines().size(), r.out());
    assertEquals("", r.err());
    AnalysisJson json = new AnalysisJson();
    List<String> sources = new ArrayList<>();
    for (String line : r.lines()) {
      sources.add(json.fromJson(line).article().source());
    }
    assertTrue(
        sources.get(1).startsWith(EXAMPLES.resolve("news.warc.gz") + "#urn:uuid:"),
        sources.toString());
  }

  @Test
  void extractPrintsTheAgreedFields() throws IOException {
    Run r = run("extract", EXAMPLES.resolve("peru-howitzer-deal.html").toString());
    assertEquals(0, r.code(), r.err());
    JsonNode o = MAPPER.readTree(r.out());
    List<String> keys = new ArrayList<>();
    o.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("text", "title", "date", "author", "language"), keys);
    assertEquals("2025-03-18", o.get("date").asText());
    assertTrue(o.get("author").asText().contains("Lucía Ferrer"), o.toString());
    assertEquals("en", o.get("language").asText());
    assertTrue(o.get("title").asText().contains("howitzers"));
    assertTrue(o.get("text").asText().contains("24 self-propelled howitzers"));
    assertFalse(o.get("text").asText().contains("cookies"), "cookie banner dropped");

    Run txt = run("extract", EXAMPLES.resolve("tbilisi-air-defence.txt").toString());
    JsonNode t = MAPPER.readTree(txt.out());
    assertTrue(t.get("date").isNull(), "the dump states no publication date");
    assertTrue(t.get("author").isNull());

    Run bad = run("extract", write("e.html", "").toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().startsWith("ingest.empty "), bad.err());
  }

  @Test
  void extractBatchWritesOneFilePerListedPath() throws IOException {
    write("pages/one.html", "<html><body><p>First page text.</p></body></html>");
    write("pages/two.v2.txt", "Second page text.");
    write("pages/empty.html", "");
    Path list =
        write(
            "list.txt",
            "pages/one.html\n\n# a comment\n"
                + dir.resolve("pages/two.v2.txt")
                + "\npages/empty.html\n");
    Path outDir = dir.resolve("out");
    Run r = run("extract", "--no-progress", "--batch", list.toString(), outDir.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "First page text.",
        MAPPER.readTree(outDir.resolve("one.json").toFile()).get("text").asText());
    assertEquals(
        "Second page text.",
        MAPPER.readTree(outDir.resolve("two.v2.json").toFile()).get("text").asText());
    assertEquals("", MAPPER.readTree(outDir.resolve("empty.json").toFile()).get("text").asText());
    assertTrue(r.err().contains("ingest.empty"), r.err());
  }

  @Test
  void stemsDropDirectoriesAndExtensions() {
    assertEquals("page", ExtractCommand.stem("a/b/page.html"));
    assertEquals("x.y", ExtractCommand.stem("x.y.txt"));
    assertEquals(
        "crawl-000000000002", ExtractCommand.stem("d/crawl.warc.gz#urn:uuid:0000-000000000002"));
  }

  @Test
  void ingestStoresOnceAndCountsDeadLetters() throws IOException {
    write("in/a.txt", "Lima signs a deal.");
    write("in/b.txt", "Seoul sells guns.");
    write("in/c.txt", "");
    Path data = dir.resolve("data");
    Run first =
        run("ingest", "--no-progress", "--data", data.toString(), dir.resolve("in").toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().contains("articles: 2 (2 new, 0 updated)"), first.out());
    assertTrue(first.out().contains("given up: 1"), first.out());
    assertTrue(first.out().contains("ingest.empty"), first.out());
    assertEquals(List.of(data), storesOpened);
    assertEquals(1, store.closed);
    Run again =
        run("ingest", "--no-progress", "--data", data.toString(), dir.resolve("in").toString());
    assertTrue(again.out().contains("articles: 2 (0 new, 2 updated)"), again.out());
    assertEquals(2, store.articles.size(), "re-ingest does not duplicate");
    assertEquals(dir.resolve("in/c.txt").toString(), store.deadLetters.get(0).location());
  }

  @Test
  void anArticleTheStoreRefusesCostsOnlyThatArticle() throws IOException {
    write("in/a.txt", "Lima signs a deal.");
    Path bad = write("in/b.txt", "Poison pill.");
    write("in/c.txt", "Seoul sells guns.");
    store.refuseTextWith = "Poison";
    Run r = run("ingest", "--no-progress", dir.resolve("in").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("articles: 2 (2 new, 0 updated)"), r.out());
    assertTrue(r.out().contains("store.write-failed"), r.out());
    assertTrue(r.err().contains("store.write-failed " + bad + ": refused"), r.err());
  }

  @Test
  void listingCommandsPrintTablesAndJsonLines() throws IOException {
    write("in/a.txt", "Lima signs a deal with Seoul.");
    run("ingest", "--no-progress", dir.resolve("in").toString());

    Run events = run("events", "--actor", "PER");
    assertEquals(0, events.code(), events.err());
    assertTrue(events.out().startsWith("DATE"), events.out());
    assertTrue(events.out().contains("PERGOV") && events.out().contains("057"), events.out());
    assertTrue(run("events", "--code", "19").out().contains("Nothing found."));
    JsonNode ev = MAPPER.readTree(run("events", "--format", "jsonl").out());
    assertEquals("057", ev.get("code").asText());
    assertTrue(ev.has("start") && ev.has("articleId") && ev.has("sentence"));

    Run transfers = run("transfers", "--supplier", "KOR");
    assertTrue(
        transfers.out().contains("howitzers") && transfers.out().contains("ordered"),
        transfers.out());
    Run csv = run("transfers", "--format", "csv");
    assertTrue(csv.out().startsWith(String.join(",", TransferCsvWriter.COLUMNS)), csv.out());
    assertEquals(2, csv.out().strip().split("\\R").length, csv.out());
    assertEquals(
        "PER",
        MAPPER.readTree(run("transfers", "--format", "JSONL").out()).get("recipient").asText());
    Run deals = run("transfers", "--deals");
    assertEquals(0, deals.code(), deals.err());
    assertTrue(
        deals.out().contains("TIMELINE")
            && deals.out().contains("howitzers")
            && deals.out().contains("1 deal(s)"),
        deals.out());
    JsonNode deal = MAPPER.readTree(run("transfers", "--deals", "--format", "jsonl").out());
    assertEquals("KOR", deal.get("supplier").asText());
    assertEquals("ORDERED", deal.get("timeline").get(0).get("stage").asText());
    assertEquals(1, deal.get("sources").size());

    Run quotes = run("quotes", "--speaker", "carlos medina");
    assertTrue(
        quotes.out().contains("Carlos Medina") && quotes.out().contains("direct"), quotes.out());

    Run entities = run("entities", "--type", "loc");
    assertTrue(entities.out().contains("Lima"), entities.out());
    assertTrue(run("entities", "--type", "PERSON").out().contains("Nothing found."));

    Run search = run("search", "deal");
    assertTrue(search.out().contains("SCORE") && search.out().contains("deal"), search.out());
    assertEquals(
        store.articles.keySet().iterator().next(),
        MAPPER.readTree(run("search", "--format", "jsonl", "deal").out()).get("id").asText());
  }

  @Test
  void exportWritesEveryStoredArticle() throws IOException {
    write("in/a.txt", "Lima signs a deal.");
    write("in/b.txt", "Seoul sells guns.");
    run("ingest", "--no-progress", dir.resolve("in").toString());
    Path out = dir.resolve("export.jsonl");
    Run r = run("export", "--format", "jsonl", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    AnalysisJson json = new AnalysisJson();
    for (String line : lines) {
      String id = json.fromJson(line).article().id();
      assertEquals(store.articles.get(id).entities(), json.fromJson(line).entities());
    }
    assertEquals(2, run("export").code(), "--format is required");

    Path events = dir.resolve("events.tsv");
    Path mentions = dir.resolve("mentions.tsv");
    Run gdelt =
        run(
            "export",
            "--format",
            "gdelt",
            "--date-added",
            "20250101000000",
            "--out",
            events.toString(),
            "--mentions",
            mentions.toString());
    assertEquals(0, gdelt.code(), gdelt.err());
    List<String> rows = Files.readAllLines(events, StandardCharsets.UTF_8);
    assertEquals(1, rows.size(), "one event reported by two articles: " + rows);
    for (String row : rows) {
      String[] cols = row.split("\t", -1);
      assertEquals(61, cols.length);
      assertEquals("057", cols[26]);
      assertEquals("20250101000000", cols[59]);
    }
    assertEquals(2, Files.readAllLines(mentions, StandardCharsets.UTF_8).size());
  }

  @Test
  void serveAndDemoStartTheServer() {
    Run serve = run("serve", "--no-wait", "--port", "9090");
    assertEquals(0, serve.code(), serve.err());
    assertTrue(serve.out().contains("http://127.0.0.1:9090/"), serve.out());
    assertEquals(List.of("127.0.0.1:9090"), serversStarted);

    Run demo = run("demo", "--no-progress", "--no-serve", "--examples", EXAMPLES.toString());
    assertEquals(0, demo.code(), demo.err());
    assertTrue(demo.out().contains("articles: 5 (5 new, 0 updated)"), demo.out());
    assertTrue(demo.out().contains("Stored: 5 articles"), demo.out());
    assertEquals(1, serversStarted.size(), "--no-serve starts no server");

    Run served = run("demo", "--no-progress", "--no-wait", "--examples", EXAMPLES.toString());
    assertEquals(0, served.code(), served.err());
    assertTrue(served.out().contains("http://127.0.0.1:8080/"), served.out());
  }
}
