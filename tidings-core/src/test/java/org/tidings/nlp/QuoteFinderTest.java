package org.tidings.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Analysis;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.Quote;
import org.tidings.model.Span;
import org.tidings.pipeline.Annotator;
import org.tidings.pipeline.AnnotatorContract;

class QuoteFinderTest extends AnnotatorContract {
  private static final QuoteFinder FINDER = QuoteFinder.standard();

  @Override
  protected Annotator annotator() {
    return FINDER;
  }

  @Override
  protected List<Annotator> prerequisites() {
    return List.of(Tokenizer.standard());
  }

  /** The text with every mention of each given name marked as an entity. */
  private Analysis withPeople(String text, String... mentionsAndNames) {
    Analysis a = prepared(text);
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < mentionsAndNames.length; i += 2) {
      String mention = mentionsAndNames[i];
      String canonical = mentionsAndNames[i + 1];
      EntityType type = canonical.startsWith("ORG:") ? EntityType.ORG : EntityType.PERSON;
      String name = canonical.replace("ORG:", "");
      for (int at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + 1)) {
        entities.add(new Entity(new Span(at, at + mention.length()), mention, type, name, "", ""));
      }
    }
    entities.sort((x, y) -> x.span().compareTo(y.span()));
    return a.withEntities(entities);
  }

  private static List<String> direct(Analysis a) {
    return a.quotes().stream()
        .filter(q -> !q.indirect())
        .map(q -> q.speaker() + ": " + q.text())
        .toList();
  }

  private static List<String> indirect(Analysis a) {
    return a.quotes().stream()
        .filter(Quote::indirect)
        .map(q -> q.speaker() + ": " + q.text())
        .toList();
  }

  /** Built like the reference article, in other words. */
  private static final String REPORT =
      "Baku Wants More Arms\n\n"
          + "Azerbaijan wants to buy more weapons, President Ilham Aliyev said on Thursday.\n\n"
          + "“We are holding talks on new [arms] deals,” Aliyev told the news agency RIA Novosti."
          + " “You know how strong that industry is.”\n\n"
          + "“We want the most modern systems, new equipment,” he said. “This covers helicopters"
          + " and air defence, the whole range. It’s a constant process.”\n\n"
          + "Prime Minister Dmitry Medvedev rejected the criticism after visiting Yerevan in April."
          + " He said that that Russia sells weapons to both sides and so keeps the “military"
          + " balance” in the conflict.\n\n"
          + "In August, President Vladimir Putin dismissed the fears. Speaking after talks with his"
          + " counterpart Serzh Sarkisian, he implied that Azerbaijan could have bought weapons"
          + " elsewhere.";

  private Analysis report() {
    return FINDER.annotate(
        withPeople(
            REPORT,
            "Ilham Aliyev",
            "Ilham Aliyev",
            "Aliyev told",
            "Ilham Aliyev",
            "RIA Novosti",
            "ORG:RIA Novosti",
            "Dmitry Medvedev",
            "Dmitry Medvedev",
            "Vladimir Putin",
            "Vladimir Putin",
            "Serzh Sarkisian",
            "Serzh Sarkisian"));
  }

  @Test
  void findsDirectQuotesAndTheirSpeakers() {
    assertEquals(
        List.of(
            "Ilham Aliyev: We are holding talks on new [arms] deals,",
            "Ilham Aliyev: You know how strong that industry is.",
            "Ilham Aliyev: We want the most modern systems, new equipment,",
            "Ilham Aliyev: This covers helicopters and air defence, the whole range. It’s a"
                + " constant process.",
            "Dmitry Medvedev: military balance"),
        direct(report()));
  }

  @Test
  void speakerSpansPointAtTheMention() {
    Analysis a = report();
    Quote first = a.quotes().stream().filter(q -> !q.indirect()).findFirst().orElseThrow();
    assertEquals("Aliyev", first.speakerSpan().of(REPORT).substring(0, 6));
    Quote third =
        a.quotes().stream().filter(q -> q.text().startsWith("We want")).findFirst().orElseThrow();
    assertEquals("he", third.speakerSpan().of(REPORT));
  }

  @Test
  void findsIndirectSpeechAndResolvesPronounsToThePreviousSubject() {
    assertEquals(
        List.of(
            "Ilham Aliyev: Azerbaijan wants to buy more weapons",
            "Dmitry Medvedev: that Russia sells weapons to both sides and so keeps the “military"
                + " balance” in the conflict",
            "Vladimir Putin: Azerbaijan could have bought weapons elsewhere"),
        indirect(report()));
  }

  @Test
  void invertedCueAndColon() {
    Analysis a =
        FINDER.annotate(
            withPeople(
                "“It will not happen,” said Medvedev. Putin said: “We have no such plans.”",
                "Medvedev",
                "Dmitry Medvedev",
                "Putin",
                "Vladimir Putin"));
    assertEquals(
        List.of("Dmitry Medvedev: It will not happen,", "Vladimir Putin: We have no such plans."),
        direct(a));
  }

  @Test
  void quotesRunOnAcrossParagraphs() {
    Analysis a =
        FINDER.annotate(
            withPeople(
                "Aliyev said: “The first part of it goes on here.\n\n“And the second part ends"
                    + " here.”\n\n“A new paragraph without a cue,” it read.",
                "Aliyev",
                "Ilham Aliyev"));
    List<String> found = direct(a);
    assertEquals("Ilham Aliyev: The first part of it goes on here.", found.get(0));
    assertEquals("Ilham Aliyev: And the second part ends here.", found.get(1));
  }

  @Test
  void otherQuoteStyles() {
    Analysis a =
        FINDER.annotate(
            withPeople(
                "«Nous négocions toujours avec Moscou», a dit Aliyev. Merkel sagte: „Wir reden weiter mit Baku.“"
                    + " \"Straight quotes work too,\" Aliyev added.",
                "Aliyev",
                "Ilham Aliyev"));
    List<String> texts = a.quotes().stream().map(Quote::text).toList();
    assertTrue(texts.contains("Nous négocions toujours avec Moscou"), texts.toString());
    assertTrue(texts.contains("Wir reden weiter mit Baku."), texts.toString());
    assertTrue(direct(a).contains("Ilham Aliyev: Straight quotes work too,"), direct(a).toString());
  }

  @Test
  void scareQuotesWithoutSpeakerAreDropped() {
    Analysis a = FINDER.annotate(prepared("The so-called “peace plan” was in the news today."));
    assertTrue(a.quotes().isEmpty());
  }

  @Test
  void unknownSpeakersKeepTheirNounPhrase() {
    Analysis a = FINDER.annotate(prepared("“The season is nearly over,” CDC officials said."));
    Quote q = a.quotes().get(0);
    assertEquals("CDC officials", q.speaker());
    assertFalse(q.indirect());
    Analysis none = FINDER.annotate(prepared("“This quote has nobody to say it at all.”"));
    assertEquals("", none.quotes().get(0).speaker());
    assertNull(none.quotes().get(0).speakerSpan());
  }

  @Test
  void accordingTo() {
    Analysis a =
        FINDER.annotate(
            withPeople("Children died this season, according to the CDC.", "CDC", "ORG:CDC"));
    assertEquals(List.of("CDC: Children died this season"), indirect(a));
  }

  @Test
  void sheSkipsAManAndHeSkipsAWoman() {
    Analysis a =
        FINDER.annotate(
            withPeople(
                "Donald Trump met Hillary Clinton on Monday.\n\n“We disagree on most things,”"
                    + " she said.\n\nHillary Clinton met Donald Trump again.\n\n“We still"
                    + " disagree on most things,” he said.",
                "Donald Trump",
                "Donald Trump",
                "Hillary Clinton",
                "Hillary Clinton"));
    assertEquals(
        List.of(
            "Hillary Clinton: We disagree on most things,",
            "Donald Trump: We still disagree on most things,"),
        direct(a));
  }

  @Test
  void aPronounAfterAParticipleClauseIsThePreviousSubject() {
    Analysis a =
        FINDER.annotate(
            withPeople(
                "Vladimir Putin dismissed the fears. Speaking after talks with Serzh Sarkisian,"
                    + " he said that Baku could have bought its weapons elsewhere.",
                "Vladimir Putin",
                "Vladimir Putin",
                "Serzh Sarkisian",
                "Serzh Sarkisian"));
    assertEquals(
        List.of("Vladimir Putin: Baku could have bought its weapons elsewhere"), indirect(a));
  }

  @Test
  void aQuoteEndingItsSentenceDoesNotTakeTheNextSentencesCue() {
    Analysis a =
        FINDER.annotate(
            withPeople(
                "Obama said “it gets me mad” every time he thinks about it. “This is the end of"
                    + " the matter.” Aliyev said nothing.",
                "Obama",
                "Barack Obama",
                "Aliyev",
                "Ilham Aliyev"));
    List<String> found = direct(a);
    assertEquals("Barack Obama: it gets me mad", found.get(0));
    assertEquals("Barack Obama: This is the end of the matter.", found.get(1));
  }

  @Test
  void partialQuoteWithoutCueGoesToTheSentenceSubject() {
    Analysis a =
        FINDER.annotate(
            withPeople(
                "Carson took the stage in Baltimore and called the system “rotten to the core.”",
                "Carson",
                "Ben Carson"));
    assertEquals(List.of("Ben Carson: rotten to the core."), direct(a));
  }
}
