package org.tidings.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.Event;
import org.tidings.model.SourceMap;
import org.tidings.model.Span;
import org.tidings.model.TimeExpression;
import org.tidings.nlp.Tokenizer;
import org.tidings.pipeline.Annotator;
import org.tidings.pipeline.AnnotatorContract;

class EventCoderTest extends AnnotatorContract {
  private static final EventCoder CODER = EventCoder.standard();

  /** Our own paraphrase of the kind of story the reference sample tells. */
  private static final String STORY =
      "Azerbaijan Seeks Further Russian Weapons\n\n"
          + "Azerbaijan plans to purchase more Russian tanks and is currently negotiating with"
          + " Russia about it, Azerbaijani President Ilham Aliyev said on Friday.\n\n"
          + "Russia has sold roughly $4 billion worth of artillery and other weapons to"
          + " Azerbaijan under contracts signed in 2010. Armenian leaders voiced their criticism"
          + " of these deals after Azerbaijan’s offensive in Karabakh.\n\n"
          + "Russian Prime Minister Dmitry Medvedev rejected the Armenian complaints after"
          + " visiting Yerevan in May. He said that Russia sells weapons to both Armenia and"
          + " Azerbaijan.\n\n"
          + "In July, Russian President Vladimir Putin dismissed a popular view in Armenia that"
          + " Moscow had raised the risk of war. Speaking after talks in the Kremlin with his"
          + " Armenian counterpart Serzh Sarkisian, he said Azerbaijan could have bought arms"
          + " elsewhere.\n\n"
          + "Putin added that Russia has been giving considerable military aid to Armenia.\n\n"
          + "Armenia showed off new missiles at a military parade in Yerevan in September.\n\n"
          + "Facebook Forum\n\nXS\nSM\nMD";

  @Override
  protected Annotator annotator() {
    return CODER;
  }

  @Override
  protected List<Annotator> prerequisites() {
    return List.of(new Tokenizer());
  }

  private static String show(Event e) {
    return e.source() + ">" + e.target() + ":" + e.code();
  }

  private List<String> events(String text) {
    return CODER.annotate(prepared(text)).events().stream().map(EventCoderTest::show).toList();
  }

  private List<String> eventsIn(String text, String sentenceStart) {
    Analysis a = CODER.annotate(prepared(text));
    return a.events().stream()
        .filter(e -> a.article().text().startsWith(sentenceStart, e.sentence().start()))
        .map(EventCoderTest::show)
        .toList();
  }

  @Test
  void codesTheStory() {
    assertEquals(List.of("AZE>RUS:0232"), eventsIn(STORY, "Azerbaijan Seeks"));
    assertEquals(List.of("AZE>RUS:0312", "AZE>RUS:046"), eventsIn(STORY, "Azerbaijan plans"));
    assertEquals(List.of("RUS>AZE:062"), eventsIn(STORY, "Russia has sold"));
    assertEquals(List.of("ARMGOV>RUS:111", "AZE>:190"), eventsIn(STORY, "Armenian leaders"));
    assertEquals(List.of("RUSGOV>ARM:120", "RUSGOV>ARMGOV:042"), eventsIn(STORY, "Russian Prime"));
    assertEquals(List.of("RUS>ARM:062", "RUS>AZE:062"), eventsIn(STORY, "He said"));
    assertEquals(List.of("RUSGOV>ARM:120"), eventsIn(STORY, "In July"));
    assertEquals(List.of("RUSGOV>ARMGOV:040"), eventsIn(STORY, "Speaking after"));
    assertEquals(List.of("RUS>ARM:072"), eventsIn(STORY, "Putin added"));
    assertEquals(List.of("ARM>:150"), eventsIn(STORY, "Armenia showed"));
    assertEquals(List.of(), eventsIn(STORY, "Facebook"));
  }

  @Test
  void fillsGoldsteinQuadClassSpanAndSentence() {
    Analysis a = CODER.annotate(prepared(STORY));
    Event visit = a.events().stream().filter(e -> e.code().equals("042")).findFirst().orElseThrow();
    assertEquals(1.9, visit.goldstein());
    assertEquals(1, visit.quadClass());
    assertEquals("visiting", a.textOf(visit));
    assertTrue(visit.sentence().of(STORY).startsWith("Russian Prime Minister"));
    Event aid = a.events().stream().filter(e -> e.code().equals("072")).findFirst().orElseThrow();
    assertEquals(8.3, aid.goldstein());
    assertEquals(2, aid.quadClass());
    assertEquals("giving considerable military aid", a.textOf(aid));
  }

  @Test
  void recordsWhoReportedAnEvent() {
    List<CodedEvent> coded = CODER.code(CODER.annotate(prepared(STORY)));
    CodedEvent sale =
        coded.stream()
            .filter(e -> show(e.event()).equals("RUS>AZE:062") && e.reporter().equals("RUSGOV"))
            .findFirst()
            .orElseThrow();
    assertEquals(CodedEvent.DateSource.NONE, sale.dateSource());
    CodedEvent negotiation =
        coded.stream().filter(e -> e.event().code().equals("046")).findFirst().orElseThrow();
    assertEquals("AZEGOV", negotiation.reporter());
    CodedEvent intent =
        coded.stream().filter(e -> e.event().code().equals("0312")).findFirst().orElseThrow();
    assertTrue(intent.intent());
    assertFalse(negotiation.intent());
  }

  @Test
  void doesNotCodeNegatedOrHypotheticalActs() {
    assertEquals(List.of(), events("Russia did not sell weapons to Georgia."));
    assertEquals(List.of(), events("Russia never criticized Armenia."));
    assertEquals(List.of(), events("Iran might attack Israel."));
    // refusing talks is itself an event (125), not the negotiation
    assertEquals(List.of("TUR>ARM:125"), events("Turkey refused to negotiate with Armenia."));
  }

  @Test
  void codesTheWiderVerbDictionary() {
    assertEquals(List.of("RUS>TUR:163"), events("Russia imposed sanctions on Turkey."));
    assertEquals(List.of("ISR>SYR:195"), events("Israel launched airstrikes on Syria."));
    assertEquals(List.of("EGY>SDN:073"), events("Egypt sent humanitarian aid to Sudan."));
    assertEquals(List.of("FRA>MLI:161"), events("France recalled its ambassador from Mali."));
    assertEquals(List.of("INDMIL>PAK:193"), events("Indian troops opened fire on Pakistan."));
    assertEquals(List.of("UKR>RUS:111"), events("Ukraine lambasted Russia on Tuesday."));
    assertEquals(
        List.of("ARM>AZE:057"), events("Armenia signed a peace agreement with Azerbaijan."));
    assertEquals(List.of(), events("England beat France in the final."));
  }

  @Test
  void turnsWantedAndPlannedActsIntoIntents() {
    assertEquals(List.of("TUR>GEO:036"), events("Turkey wants to negotiate with Georgia."));
    assertEquals(List.of("CHN>IRN:0312"), events("China will sell missiles to Iran."));
  }

  @Test
  void swapsSourceAndTargetInThePassive() {
    assertEquals(List.of("AZE>ARM:111"), events("Armenia was criticised by Azerbaijan."));
  }

  @Test
  void readsTheTargetOffTheParseWhenTheShallowSearchFindsNone() {
    EventCoder shallow = EventCoder.standard(null);
    String far = "Georgia strongly condemned the brutal attack on its territory by Russia.";
    assertEquals(List.of(), shallowEvents(shallow, far));
    assertEquals(List.of("GEO>RUS:111"), events(far));
    String nested = "The Georgian government condemned an attack by Russian troops on Thursday.";
    assertFalse(shallowEvents(shallow, nested).contains("GEOGOV>RUSMIL:111"));
    assertTrue(events(nested).contains("GEOGOV>RUSMIL:111"));
  }

  private List<String> shallowEvents(EventCoder shallow, String text) {
    return shallow.annotate(prepared(text)).events().stream().map(EventCoderTest::show).toList();
  }

  @Test
  void codesOneEventPerDyad() {
    assertEquals(
        List.of("USA>RUS:046", "USA>CHN:046", "UKR>RUS:046", "UKR>CHN:046"),
        events("The United States and Ukraine negotiated with Russia and China."));
  }

  @Test
  void usesEntitiesFromAnEarlierStage() {
    String text = "Wibble met Wobble in Geneva.";
    Analysis a = prepared(text);
    a =
        a.withEntities(
            List.of(
                new Entity(new Span(0, 6), "Wibble", EntityType.PERSON, "Wibble", "GEO", "GOV"),
                new Entity(new Span(11, 17), "Wobble", EntityType.PERSON, "Wobble", "TUR", "MIL")));
    assertEquals(
        List.of("GEOGOV>TURMIL:040"),
        CODER.annotate(a).events().stream().map(EventCoderTest::show).toList());
  }

  @Test
  void datesEventsFromTheirSentenceOrThePublicationDate() {
    String text = "Russia now criticized Georgia on 3 May 2015. Russia criticized Turkey.";
    Article dated =
        Article.of(
            "t",
            "",
            Optional.of(LocalDate.of(2015, 5, 4)),
            List.of(),
            "en",
            text,
            SourceMap.none());
    Analysis a = new Tokenizer().annotate(Analysis.of(dated));
    a =
        a.withTimes(
            List.of(
                new TimeExpression(new Span(7, 10), "now", "PRESENT_REF", false),
                new TimeExpression(new Span(32, 42), "3 May 2015", "2015-05-03", true)));
    List<CodedEvent> coded = CODER.code(a);
    assertEquals("2015-05-03", coded.get(0).event().date());
    assertEquals(CodedEvent.DateSource.SENTENCE, coded.get(0).dateSource());
    assertEquals("2015-05-04", coded.get(1).event().date());
    assertEquals(CodedEvent.DateSource.PUBLICATION, coded.get(1).dateSource());
  }

  @Test
  void keepsEventsFoundBefore() {
    Analysis a = prepared("Russia criticized Georgia.");
    Event earlier = new Event(new Span(0, 6), new Span(0, 6), "RUS", "", "010", 0, 1, "");
    Analysis out = CODER.annotate(a.withEvents(List.of(earlier)));
    assertEquals(earlier, out.events().get(0));
    assertEquals(2, out.events().size());
  }
}
