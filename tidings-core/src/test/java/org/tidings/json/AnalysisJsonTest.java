package org.tidings.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tidings.model.Amount;
import org.tidings.model.Analysis;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.Article;
import org.tidings.model.Diagnostic;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.Event;
import org.tidings.model.Quote;
import org.tidings.model.SourceMap;
import org.tidings.model.Span;
import org.tidings.model.TimeExpression;
import org.tidings.model.TransferStage;

class AnalysisJsonTest {
  static final String TEXT =
      "Russia delivers Iskander to Armenia\n\n"
          + "Russia sold tanks worth $5 billion to Azerbaijan in 2009-2011. "
          + "“We are negotiating,” Aliyev said. Ünïcödé \uD83D\uDE00.";

  static Span at(String needle) {
    int i = TEXT.indexOf(needle);
    if (i < 0) {
      throw new IllegalArgumentException(needle);
    }
    return new Span(i, i + needle.length());
  }

  static Analysis full(Optional<LocalDate> published) {
    Article article =
        Article.of(
            "news/a.warc#urn:uuid:1",
            "Russia delivers Iskander to Armenia",
            published,
            List.of("A. Writer", "B. Writer"),
            "en",
            TEXT,
            SourceMap.none());
    Span sentence = at("Russia sold tanks worth $5 billion to Azerbaijan in 2009-2011.");
    Amount money = new Amount(at("$5 billion"), "$5 billion", 5e9, "USD", false);
    return Analysis.of(article)
        .withEntities(
            List.of(
                new Entity(at("Iskander"), "Iskander", EntityType.WEAPON, "Iskander"),
                new Entity(
                    at("Aliyev"),
                    "Aliyev",
                    EntityType.PERSON,
                    "Ilham Aliyev",
                    "AZE",
                    "head of state")))
        .withQuotes(
            List.of(
                new Quote(
                    at("We are negotiating,"),
                    "We are negotiating,",
                    "Ilham Aliyev",
                    at("Aliyev"),
                    false),
                new Quote(at("Ünïcödé"), "Ünïcödé", "", null, true)))
        .withTimes(List.of(new TimeExpression(at("2009-2011"), "2009-2011", "2009/2011", true)))
        .withAmounts(List.of(money))
        .withEvents(
            List.of(
                new Event(
                    at("sold"),
                    sentence,
                    "RUS",
                    "AZE",
                    "0871",
                    8.3,
                    2,
                    "2013",
                    new Event.Provenance("AZEGOV", "sentence", true))))
        .withTransfers(
            List.of(
                new ArmsTransfer(
                    at("sold tanks"),
                    sentence,
                    "RUS",
                    "AZE",
                    List.of("tanks"),
                    0,
                    money,
                    "2009/2011",
                    TransferStage.DELIVERED),
                new ArmsTransfer(
                    at("delivers Iskander"),
                    at("Russia delivers Iskander to Armenia"),
                    "RUS",
                    "ARM",
                    List.of("Iskander"),
                    2,
                    null,
                    "",
                    TransferStage.UNKNOWN)))
        .plusDiagnostics(
            List.of(
                Diagnostic.warning(
                    "extract.no-date", "no publication date", "news/a.warc#urn:uuid:1"),
                Diagnostic.error("x.y", "msg", "loc")));
  }

  @Test
  void roundTripsEverythingItWrites() {
    AnalysisJson json = new AnalysisJson();
    for (Optional<LocalDate> published :
        List.of(Optional.<LocalDate>empty(), Optional.of(LocalDate.of(2013, 8, 14)))) {
      Analysis a = full(published);
      String line = json.line(a);
      assertFalse(line.contains("\n"), "one line");
      assertEquals(a, json.fromJson(line));
      assertEquals(line, json.line(json.fromJson(line)));
    }
  }

  @Test
  void writesTheAgreedKeysAndOffsets() throws Exception {
    JsonNode o = new ObjectMapper().readTree(new AnalysisJson().line(full(Optional.empty())));
    List<String> keys = new ArrayList<>();
    o.fieldNames().forEachRemaining(keys::add);
    assertTrue(
        keys.containsAll(
            List.of(
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
                "diagnostics")),
        keys::toString);
    assertTrue(o.get("published").isNull(), "an unknown date is null, never invented");
    for (String list : List.of("entities", "quotes", "times", "amounts", "events", "transfers")) {
      assertFalse(o.get(list).isEmpty(), list);
      for (JsonNode n : o.get(list)) {
        int start = n.get("start").asInt();
        int end = n.get("end").asInt();
        assertTrue(0 <= start && start <= end && end <= TEXT.length(), n::toString);
      }
    }
    JsonNode event = o.get("events").get(0);
    assertEquals("declare a truce or ceasefire", event.get("label").asText(), "CAMEO label");
    assertEquals("RETREAT", event.get("plover").asText(), "PLOVER category beside the code");
    assertEquals("AZEGOV", event.get("reporter").asText(), "who reported it");
    assertEquals("sentence", event.get("dateFrom").asText(), "where the date came from");
    assertTrue(event.get("intent").asBoolean());
    JsonNode aliyev = o.get("entities").get(1);
    assertEquals("Aliyev", TEXT.substring(aliyev.get("start").asInt(), aliyev.get("end").asInt()));
  }

  @Test
  void rejectsWhatIsNotAnAnalysis() {
    assertThrows(IllegalArgumentException.class, () -> new AnalysisJson().fromJson("{not json"));
  }
}
