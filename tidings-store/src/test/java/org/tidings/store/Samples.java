package org.tidings.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

/** Analyses built by hand for the store and server tests. */
public final class Samples {
  public static final String ARMS_TEXT =
      "Russia arms Azerbaijan\n\n"
          + "Russia sold tanks and artillery systems to Azerbaijan for about $5 billion in"
          + " 2009-2011. Ilham Aliyev said: \"We buy what we need.\" Armenia criticised Russia."
          + " Dmitry Medvedev visited Yerevan on 2010-08-20. Russia delivered Iskander missiles"
          + " to Armenia.";

  private Samples() {}

  public static Span find(String text, String what) {
    return find(text, what, 0);
  }

  public static Span find(String text, String what, int from) {
    int i = text.indexOf(what, from);
    if (i < 0) {
      throw new IllegalArgumentException("'" + what + "' not in text");
    }
    return new Span(i, i + what.length());
  }

  /** The sentence around a span: from the previous ". " or paragraph break to the next ". ". */
  public static Span sentenceOf(String text, Span s) {
    int start =
        Math.max(text.lastIndexOf(". ", s.start()) + 2, text.lastIndexOf("\n\n", s.start()) + 2);
    start = Math.max(0, start);
    int end = text.indexOf(". ", s.end());
    end = end < 0 ? text.length() : end + 1;
    return new Span(start, end);
  }

  public static Entity entity(
      String text, String mention, EntityType type, String canonical, String country) {
    return new Entity(
        find(text, mention, text.indexOf("\n\n")), mention, type, canonical, country, "");
  }

  /**
   * A full analysis of {@link #ARMS_TEXT}: entities, a quote, times, amounts, events, transfers.
   */
  public static Analysis arms(String source, Optional<LocalDate> published) {
    return arms(source, published, "");
  }

  /** The same with {@code tail} added to the text, which makes it another article. */
  public static Analysis arms(String source, Optional<LocalDate> published, String tail) {
    String t = ARMS_TEXT + tail;
    Article article =
        Article.of(
            source,
            "Russia arms Azerbaijan",
            published,
            List.of("A. Writer"),
            "en",
            t,
            SourceMap.none());
    return annotate(Analysis.of(article));
  }

  public static Analysis annotate(Analysis a) {
    String t = a.article().text();
    List<Entity> entities =
        List.of(
            entity(t, "Russia", EntityType.LOC, "Russia", "RUS"),
            entity(t, "Azerbaijan", EntityType.LOC, "Azerbaijan", "AZE"),
            entity(t, "Ilham Aliyev", EntityType.PERSON, "Ilham Aliyev", "AZE"),
            entity(t, "Armenia", EntityType.LOC, "Armenia", "ARM"),
            entity(t, "Dmitry Medvedev", EntityType.PERSON, "Dmitry Medvedev", "RUS"),
            entity(t, "Yerevan", EntityType.LOC, "Yerevan", "ARM"),
            entity(t, "Iskander", EntityType.WEAPON, "Iskander", ""));
    Span quoted = find(t, "We buy what we need.");
    Quote quote =
        new Quote(quoted, "We buy what we need.", "Ilham Aliyev", find(t, "Ilham Aliyev"), false);
    Span money = find(t, "about $5 billion");
    Amount amount = new Amount(money, "about $5 billion", 5.0e9, "USD", true);
    TimeExpression years = new TimeExpression(find(t, "2009-2011"), "2009-2011", "2009/2011", true);
    TimeExpression day =
        new TimeExpression(find(t, "2010-08-20"), "2010-08-20", "2010-08-20", true);
    Span criticised = find(t, "criticised");
    Span visited = find(t, "visited");
    Span sold = find(t, "sold");
    List<Event> events =
        List.of(
            new Event(criticised, sentenceOf(t, criticised), "ARM", "RUS", "111", -2.0, 3, ""),
            new Event(
                visited, sentenceOf(t, visited), "RUSGOV", "ARM", "042", 1.9, 1, "2010-08-20"),
            new Event(sold, sentenceOf(t, sold), "RUS", "AZE", "072", 8.3, 2, "2009"));
    Span delivered = find(t, "delivered Iskander missiles");
    List<ArmsTransfer> transfers =
        List.of(
            new ArmsTransfer(
                sold,
                sentenceOf(t, sold),
                "RUS",
                "AZE",
                List.of("tanks", "artillery systems"),
                0,
                amount,
                "2009/2011",
                TransferStage.ORDERED),
            new ArmsTransfer(
                delivered,
                sentenceOf(t, delivered),
                "RUS",
                "ARM",
                List.of("Iskander"),
                0,
                null,
                "",
                TransferStage.DELIVERED));
    return a.withEntities(entities)
        .withQuotes(List.of(quote))
        .withTimes(List.of(years, day))
        .withAmounts(List.of(amount))
        .withEvents(events)
        .withTransfers(transfers)
        .plusDiagnostics(
            List.of(Diagnostic.warning("extract.no-date", "no publication date", source(a))));
  }

  private static String source(Analysis a) {
    return a.article().source();
  }

  /** A small article with one entity, distinct per {@code n}. */
  public static Analysis small(int n, String language) {
    String text =
        "Report " + n + "\n\nThe minister of Ruritania spoke about harvest number " + n + ".";
    Article article =
        Article.of(
            "file" + n + ".txt",
            "Report " + n,
            Optional.of(LocalDate.of(2020, 1, 1).plusDays(n % 300)),
            List.of(),
            language,
            text,
            SourceMap.none());
    Span r = find(text, "Ruritania");
    return Analysis.of(article)
        .withEntities(List.of(new Entity(r, "Ruritania", EntityType.LOC, "Ruritania", "RUR", "")));
  }
}
