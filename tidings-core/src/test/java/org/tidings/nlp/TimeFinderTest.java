package org.tidings.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.SourceMap;
import org.tidings.model.TimeExpression;
import org.tidings.pipeline.Annotator;
import org.tidings.pipeline.AnnotatorContract;

class TimeFinderTest extends AnnotatorContract {
  private static final TimeFinder FINDER = TimeFinder.standard();
  private static final Tokenizer TOKENIZER = Tokenizer.standard();

  @Override
  protected Annotator annotator() {
    return FINDER;
  }

  @Override
  protected List<Annotator> prerequisites() {
    return List.of(TOKENIZER);
  }

  /** "text=value" for each expression, '?' marking unresolved ones. */
  private static List<String> times(String text, LocalDate published) {
    Article article =
        Article.of(
            "t", "", Optional.ofNullable(published), List.of(), "en", text, SourceMap.none());
    Analysis a = FINDER.annotate(TOKENIZER.annotate(Analysis.of(article)));
    return a.times().stream().map(TimeFinderTest::show).toList();
  }

  private static String show(TimeExpression t) {
    return t.text() + "=" + t.value() + (t.resolved() ? "" : "?");
  }

  private static final LocalDate DCT = LocalDate.of(2016, 11, 25); // a Friday

  @Test
  void absoluteDates() {
    assertEquals(
        List.of(
            "7Apr2014=2014-04-07",
            "November 24, 2016=2016-11-24",
            "24 November 2016=2016-11-24",
            "May 2015=2015-05",
            "2014-04-07=2014-04-07",
            "3/22/2013=2013-03-22"),
        times(
            "Nakhichevan, 7Apr2014. On November 24, 2016 and 24 November 2016 and in May 2015"
                + " and 2014-04-07 and 3/22/2013.",
            null));
  }

  @Test
  void yearsRangesAndDecades() {
    assertEquals(
        List.of(
            "2009-2011=2009/2011",
            "between 2009 and 2011=2009/2011",
            "2012=2012",
            "the 1990s=199",
            "the '90s=199"),
        times(
            "Contracts signed in 2009-2011, between 2009 and 2011, and in 2012 recall the 1990s"
                + " and the '90s.",
            null));
  }

  @Test
  void yearsNeedContext() {
    assertEquals(List.of(), times("He paid $2014 for 1500 tanks and 2013 percent.", null));
  }

  @Test
  void relativeExpressionsResolveAgainstThePublicationDate() {
    assertEquals(
        List.of(
            "Thursday=2016-11-24",
            "last April=2016-04",
            "April=2016-04",
            "August=2016-08",
            "last year=2015",
            "next week=2016-W48",
            "Three years ago=2013",
            "yesterday=2016-11-24",
            "recently=PAST_REF",
            "now=PRESENT_REF"),
        times(
            "Aliyev said on Thursday. After last April’s offensive he went there later in April."
                + " In August and last year he spoke. He will come next week. Three years ago and"
                + " yesterday it recently stopped. It is now over.",
            DCT));
  }

  @Test
  void futureTenseLooksForward() {
    assertEquals(
        List.of("Monday=2016-11-28", "next Friday=2016-12-02", "last Friday=2016-11-18"),
        times("He will visit on Monday. They meet next Friday. We met last Friday.", DCT));
  }

  @Test
  void withoutAPublicationDateRelativeValuesStayUnresolved() {
    List<String> found =
        times(
            "Aliyev said on Thursday. After last April’s offensive, in 2009 and last year.", null);
    assertEquals(
        List.of("Thursday=XXXX-WXX-4?", "last April=XXXX-04?", "2009=2009", "last year=XXXX?"),
        found);
  }

  @Test
  void durationsAndQuarters() {
    assertEquals(
        List.of(
            "a month=P1M",
            "a decade=P10Y",
            "the past several months=PXM",
            "two-year=P2Y",
            "the fourth quarter=2016-Q4",
            "24 hours=PT24H"),
        times(
            "It started a month earlier, the worst in a decade, over the past several months, a"
                + " two-year deal, in the fourth quarter, within 24 hours.",
            DCT));
  }

  @Test
  void sampleArticleTimes() {
    List<String> found =
        times(
            "Azerbaijani President Ilham Aliyev said on Thursday.\n\n"
                + "Contracts signed in 2009-2011. Following last April’s offensive.\n\n"
                + "Medvedev visited Yerevan later in April.\n\nIn August, Putin dismissed it.",
            null);
    assertEquals(
        List.of(
            "Thursday=XXXX-WXX-4?",
            "2009-2011=2009/2011",
            "last April=XXXX-04?",
            "April=XXXX-04?",
            "August=XXXX-08?"),
        found);
  }

  @Test
  void monthWordsNeedCapitalsOrContext() {
    assertTrue(times("They may march on.", DCT).isEmpty());
    assertFalse(times("It happened in May.", DCT).isEmpty());
  }
}
