package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The real parts: every stage, the embedded store, the examples. */
class EndToEndTest {
  @TempDir Path data;
  @TempDir Path exports;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    CommandLine cl = Tidings.commandLine(new Tidings());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data", data.toString()));
    return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
  }

  @Test
  void ingestsTheExamplesOnceAndListsWhatWasFound() throws Exception {
    String examples = CommandsTest.EXAMPLES.toString();
    Run first = run("ingest", "--no-progress", examples);
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().contains("articles: 5 (5 new, 0 updated)"), first.out());
    assertTrue(first.out().contains("given up: 0"), first.out());
    Run again = run("ingest", "--no-progress", examples);
    assertTrue(again.out().contains("articles: 5 (0 new, 5 updated)"), again.out());

    ObjectMapper mapper = new ObjectMapper();
    Run search = run("search", "--format", "jsonl", "howitzers");
    assertEquals(0, search.code(), search.err());
    JsonNode hit = mapper.readTree(search.out().lines().findFirst().orElseThrow());
    assertTrue(hit.get("title").asText().contains("Peru"), hit.toString());

    Run events = run("events", "--format", "jsonl");
    assertTrue(events.out().lines().count() >= 5, events.out());
    Run entities = run("entities", "--type", "person");
    assertTrue(entities.out().contains("Carlos Medina"), entities.out());
    Run quotes = run("quotes");
    assertTrue(quotes.out().contains("largest investment"), quotes.out());
    Run transfers = run("transfers");
    assertEquals(0, transfers.code(), transfers.err());
    assertFalse(transfers.out().contains("Nothing found."), transfers.out());
    Run csv = run("transfers", "--format", "csv");
    assertEquals(0, csv.code(), csv.err());
    Run export = run("export", "--format", "jsonl");
    assertEquals(5, export.out().lines().count());
    Run gdelt = run("export", "--format", "gdelt", "--date-added", "20250101000000");
    assertEquals(0, gdelt.code(), gdelt.err());
    assertTrue(gdelt.out().lines().allMatch(l -> l.split("\t", -1).length == 61));
    Path parquet = exports.resolve("parquet");
    Run tables = run("export", "--format", "parquet", "--out", parquet.toString());
    assertEquals(0, tables.code(), tables.err());
    assertTrue(Files.size(parquet.resolve("events.parquet")) > 0, tables.err());
    assertEquals(2, run("export", "--format", "parquet").code(), "parquet needs --out");
  }
}
