package org.tidings.events.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.Diagnostic;
import org.tidings.model.Event;
import org.tidings.model.SourceMap;
import org.tidings.nlp.Tokenizer;
import org.tidings.pipeline.AnnotatorContract;

/** A user's PETRARCH dictionaries over raw text, through Tidings' own parser. */
class PetrarchEventCoderTest extends AnnotatorContract {
  @TempDir static Path dir;
  private static PetrarchEventCoder coder;
  private static final List<Diagnostic> problems = new ArrayList<>();

  @BeforeAll
  static void load() throws IOException {
    write(
        "Test.verbs.txt",
        "--- CRITICIZE [111] ---\nCRITICIZE\n- NOT * [---]\n\n--- VISIT [042] ---\nVISIT\n\n"
            + "--- BROKEN ---\n- * [\n");
    write("Test.Countries.actors.txt", "RIVENDELL [RIV]\nLAKETOWN [LKT]\n");
    write(
        "Test.Other.actors.txt",
        "THRANDUIL\n\t[DALGOV 20000101-20101231]\n\t[DAL]\nELROND [RIVGOV]\n");
    write("Test.agents.txt", "GOVERNMENT [~GOV]\nSOLDIER [~MIL]\n");
    coder = PetrarchEventCoder.load(dir, problems);
  }

  private static void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Override
  protected PetrarchEventCoder annotator() {
    return coder;
  }

  @Override
  protected List<org.tidings.pipeline.Annotator> prerequisites() {
    return List.of(Tokenizer.standard());
  }

  private static List<String> events(String text, Optional<LocalDate> published) {
    Article article = Article.of("t", "", published, List.of(), "en", text, SourceMap.none());
    Analysis a = coder.annotate(Tokenizer.standard().annotate(Analysis.of(article)));
    List<String> out = new ArrayList<>();
    for (Event e : a.events()) {
      assertEquals(e.sentence(), e.span());
      out.add(e.source() + ">" + e.target() + ":" + e.code() + "@" + e.date());
    }
    return out;
  }

  @Test
  void codesSentencesWithTheUsersDictionaries() {
    assertEquals(
        List.of("RIV>LKT:111@2005-03-01", "DALGOV>RIV:042@2005-03-01"),
        events(
            "Rivendell criticized Laketown on Monday. Thranduil visited Rivendell.",
            Optional.of(LocalDate.of(2005, 3, 1))));
  }

  @Test
  void datedActorCodesFallBackWhenThePublicationDateIsUnknown() {
    assertEquals(List.of("DAL>RIV:042@"), events("Thranduil visited Rivendell.", Optional.empty()));
  }

  @Test
  void readsEveryActorFileAndReportsBadLinesWithFileAndLine() {
    assertEquals(
        List.of("RIVGOV>LKT:111@"), events("Elrond criticized Laketown.", Optional.empty()));
    assertTrue(
        problems.stream().anyMatch(d -> d.location().startsWith("Test.verbs.txt:")),
        problems::toString);
  }

  @Test
  void needsVerbsActorsAndAgents(@TempDir Path empty) {
    IOException e =
        assertThrows(IOException.class, () -> PetrarchEventCoder.load(empty, new ArrayList<>()));
    assertTrue(e.getMessage().contains("verbs"), e.getMessage());
  }
}
