package org.tidings.events.gdelt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tidings.geo.Gazetteer;
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.Diagnostic;
import org.tidings.model.Event;
import org.tidings.model.Sentence;
import org.tidings.model.SourceMap;
import org.tidings.model.Span;

class GdeltTest {
  /** A made-up row in GDELT's layout: Armenia's government consults Georgia in Tbilisi. */
  private static final String ROW =
      String.join(
          "\t",
          "1000001",
          "20160407",
          "201604",
          "2016",
          "2016.2658",
          "ARMGOV",
          "ARMENIA",
          "ARM",
          "",
          "",
          "",
          "",
          "GOV",
          "",
          "",
          "GEO",
          "GEORGIA",
          "GEO",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "1",
          "043",
          "043",
          "04",
          "1",
          "2.8",
          "6",
          "2",
          "3",
          "-1.25",
          "1",
          "Armenia",
          "AM",
          "AM",
          "",
          "40",
          "45",
          "AM",
          "4",
          "Tbilisi, Tbilisi, Georgia",
          "GG",
          "GG04",
          "1234",
          "41.725",
          "44.7908",
          "-2326",
          "0",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "20160407120000",
          "https://news.example/a/1");

  @Test
  void readsARowValueForValue() throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    List<GdeltEvent> rows =
        GdeltReader.events(
            new ByteArrayInputStream((ROW + "\n").getBytes(StandardCharsets.UTF_8)),
            "x.CSV",
            problems);
    assertEquals(List.of(), problems);
    GdeltEvent e = rows.get(0);
    assertEquals(1000001L, e.globalEventId());
    assertEquals(20160407, e.sqlDate());
    assertEquals(2016.2658, e.fractionDate());
    assertEquals("ARMGOV", e.actor1().code());
    assertEquals("GOV", e.actor1().type1Code());
    assertEquals("GEORGIA", e.actor2().name());
    assertTrue(e.rootEvent());
    assertEquals("043", e.eventCode());
    assertEquals(2.8, e.goldstein());
    assertEquals(6, e.numMentions());
    assertEquals(-1.25, e.avgTone());
    assertEquals(40.0, e.actor1Geo().latitude());
    assertEquals("Tbilisi, Tbilisi, Georgia", e.actor2Geo().fullName());
    assertEquals(-2326 + "", e.actor2Geo().featureId());
    assertTrue(Double.isNaN(e.actionGeo().latitude()));
    assertEquals(20160407120000L, e.dateAdded());
    assertEquals("https://news.example/a/1", e.sourceUrl());
  }

  @Test
  void writesWhatItReadsUnchanged() throws IOException {
    GdeltEvent e = GdeltEvent.of(List.of(ROW.split("\t", -1)));
    StringWriter w = new StringWriter();
    GdeltWriter.writeEvents(List.of(e), w);
    assertEquals(ROW + "\n", w.toString());
    assertEquals(61, e.columns().size());
  }

  @Test
  void reportsBadRowsWithFileAndLine() throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    String bad = ROW.substring(0, ROW.lastIndexOf('\t'));
    String notANumber = ROW.replace("\t2.8\t", "\tlots\t");
    List<GdeltEvent> rows =
        GdeltReader.events(
            new ByteArrayInputStream(
                (ROW + "\n" + bad + "\n" + notANumber + "\n").getBytes(StandardCharsets.UTF_8)),
            "x.CSV",
            problems);
    assertEquals(1, rows.size());
    assertEquals(2, problems.size());
    assertEquals("x.CSV:2", problems.get(0).location());
    assertEquals("x.CSV:3", problems.get(1).location());
  }

  private static Analysis article(String url, String text, Event... events) {
    Article a =
        Article.of(
            url,
            "",
            Optional.of(LocalDate.of(2016, 4, 8)),
            List.of(),
            "en",
            text,
            SourceMap.none());
    Sentence s = new Sentence(new Span(0, text.length()), 0, 0);
    return Analysis.of(a).withTokens(List.of(), List.of(s)).withEvents(List.of(events));
  }

  @Test
  void makesOneEventRowPerEventAndOneMentionRowPerReport() throws IOException {
    String t1 = "Russia criticised Georgia.";
    String t2 = "Georgia was criticised by Russia on Friday, it said.";
    Span s1 = new Span(0, t1.length());
    Span s2 = new Span(0, t2.length());
    Event e1 = new Event(new Span(7, 17), s1, "RUS", "GEO", "111", -2.0, 3, "");
    Event e2 = new Event(new Span(12, 22), s2, "RUS", "GEO", "111", -2.0, 3, "");
    Event e3 = new Event(new Span(12, 22), s2, "RUSGOV", "GEO", "111", -2.0, 3, "2016-04-01");
    GdeltExport x =
        GdeltExport.of(
            List.of(
                article("https://www.one.example/a", t1, e1),
                article("https://two.example/b", t2, e2, e3)),
            500,
            20160408093000L,
            Gazetteer.standard());
    assertEquals(2, x.events().size());
    GdeltEvent first = x.events().get(0);
    assertEquals(500, first.globalEventId());
    assertEquals(20160408, first.sqlDate()); // the publication date, for want of one in the text
    assertEquals(2, first.numMentions());
    assertEquals(2, first.numArticles());
    assertEquals(2, first.numSources());
    assertEquals("RUSSIA", first.actor1().name());
    assertEquals("https://www.one.example/a", first.sourceUrl());
    GdeltEvent second = x.events().get(1);
    assertEquals(501, second.globalEventId());
    assertEquals(20160401, second.sqlDate());
    assertEquals("GOV", second.actor1().type1Code());
    assertEquals("RUS", second.actor1().countryCode());
    assertEquals(3, x.mentions().size());
    assertEquals(
        List.of(500L, 500L, 501L), x.mentions().stream().map(m -> m.globalEventId()).toList());
    assertEquals("one.example", x.mentions().get(0).sourceName());
    assertEquals(12, x.mentions().get(1).actionCharOffset());

    StringWriter events = new StringWriter();
    StringWriter mentions = new StringWriter();
    GdeltWriter.write(x, events, mentions);
    List<Diagnostic> problems = new ArrayList<>();
    assertEquals(
        x.events(),
        GdeltReader.events(
            new ByteArrayInputStream(events.toString().getBytes(StandardCharsets.UTF_8)),
            "e",
            problems));
    assertEquals(
        x.mentions(),
        GdeltReader.mentions(
            new ByteArrayInputStream(mentions.toString().getBytes(StandardCharsets.UTF_8)),
            "m",
            problems));
    assertEquals(List.of(), problems);
    assertFalse(events.toString().contains("NaN"));
  }

  @Test
  void computesFractionDatesAsGdeltDoes() {
    assertEquals(2016.2658, GdeltExport.fraction(20160407));
  }
}
