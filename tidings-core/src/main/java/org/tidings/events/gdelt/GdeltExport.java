package org.tidings.events.gdelt;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tidings.geo.Country;
import org.tidings.geo.Gazetteer;
import org.tidings.model.Analysis;
import org.tidings.model.Event;
import org.tidings.model.Sentence;

/**
 * The Events and Mentions rows for a batch of coded articles. The same event (same date, actors and
 * code) reported by several articles is one event row with one mention row per report.
 *
 * <p>What Tidings does not know is left as GDELT leaves it: no geography (type 0), tone 0, actor
 * offsets -1. An event with no full date (none in its sentence, no publication date) gets empty
 * date columns. IsRootEvent is set for events coded from an article's first two sentences (its
 * headline and lead).
 *
 * @param events event rows, in order of first mention
 * @param mentions mention rows, in article order
 */
public record GdeltExport(List<GdeltEvent> events, List<GdeltMention> mentions) {
  /** Confidence given to every mention: the coder has no calibrated confidence yet. */
  public static final int CONFIDENCE = 50;

  public GdeltExport {
    events = List.copyOf(events);
    mentions = List.copyOf(mentions);
  }

  /**
   * Rows for the events of some analysed articles.
   *
   * @param analyses the articles, their events coded; {@code Article.source()} is the URL
   * @param firstId GLOBALEVENTID of the first event row; the rest count up from it
   * @param dateAdded DATEADDED of the batch, YYYYMMDDHHMMSS (given, never read from a clock)
   * @param gazetteer for actor names and country codes
   */
  public static GdeltExport of(
      List<Analysis> analyses, long firstId, long dateAdded, Gazetteer gazetteer) {
    Map<String, Group> groups = new LinkedHashMap<>();
    List<Occurrence> occurrences = new ArrayList<>();
    for (Analysis a : analyses) {
      for (Event e : a.events()) {
        int date = sqlDate(e.date(), a.article().published());
        String key = date + "|" + e.source() + "|" + e.target() + "|" + e.code();
        Group g = groups.computeIfAbsent(key, k -> new Group(e, date, a.article().source()));
        int sentence = sentenceOf(a, e);
        g.rootEvent |= sentence < 2;
        g.articles.add(a.article().id());
        g.sources.add(sourceName(a.article().source()));
        g.mentions++;
        occurrences.add(new Occurrence(g, a, e, sentence));
      }
    }
    long id = firstId;
    List<GdeltEvent> events = new ArrayList<>();
    for (Group g : groups.values()) {
      g.id = id++;
      events.add(g.row(dateAdded, gazetteer));
    }
    List<GdeltMention> mentions = new ArrayList<>();
    for (Occurrence o : occurrences) {
      String url = o.analysis.article().source();
      mentions.add(
          new GdeltMention(
              o.group.id,
              dateAdded,
              dateAdded,
              1,
              sourceName(url),
              url,
              o.sentence + 1,
              -1,
              -1,
              o.event.span().start(),
              true,
              CONFIDENCE,
              o.analysis.article().text().length(),
              0,
              "",
              ""));
    }
    return new GdeltExport(events, mentions);
  }

  private record Occurrence(Group group, Analysis analysis, Event event, int sentence) {}

  /** Everything known about one event row while mentions are counted. */
  private static final class Group {
    final Event first;
    final int date;
    final String url;
    final Set<String> articles = new LinkedHashSet<>();
    final Set<String> sources = new LinkedHashSet<>();
    int mentions;
    boolean rootEvent;
    long id;

    Group(Event first, int date, String url) {
      this.first = Objects.requireNonNull(first);
      this.date = date;
      this.url = url;
    }

    GdeltEvent row(long dateAdded, Gazetteer gazetteer) {
      String code = first.code();
      return new GdeltEvent(
          id,
          date,
          date / 100,
          date / 10000,
          date == 0 ? Double.NaN : fraction(date),
          actor(first.source(), gazetteer),
          actor(first.target(), gazetteer),
          rootEvent,
          code,
          first.baseCode(),
          first.rootCode(),
          first.quadClass(),
          first.goldstein(),
          mentions,
          sources.size(),
          articles.size(),
          0,
          GdeltGeo.NONE,
          GdeltGeo.NONE,
          GdeltGeo.NONE,
          dateAdded,
          url);
    }
  }

  /** GDELT's FractionDate: year plus ((month - 1) * 30 + day) / 365, to four places. */
  static double fraction(int sqlDate) {
    int year = sqlDate / 10000;
    int month = sqlDate / 100 % 100;
    int day = sqlDate % 100;
    return Math.round((year + ((month - 1) * 30 + day) / 365.0) * 10000) / 10000.0;
  }

  /** YYYYMMDD of a full ISO date, else of the publication date, else 0. */
  static int sqlDate(String value, Optional<LocalDate> published) {
    if (value.length() >= 10) {
      try {
        LocalDate d = LocalDate.parse(value.substring(0, 10));
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
      } catch (DateTimeParseException e) {
        // not a full date ("XXXX-04-07"): fall through to the publication date
      }
    }
    return published
        .map(d -> d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth())
        .orElse(0);
  }

  /**
   * The actor columns for a CAMEO actor code: country, then role or type codes of three letters.
   */
  static GdeltActor actor(String code, Gazetteer gazetteer) {
    if (code.isEmpty()) {
      return GdeltActor.NONE;
    }
    String country = "";
    String name = "";
    String group = "";
    List<String> types = new ArrayList<>();
    int i = 0;
    if (code.length() >= 3) {
      Optional<Country> c = gazetteer.country(code.substring(0, 3));
      if (c.isPresent()) {
        country = c.get().iso3();
        name = c.get().name().toUpperCase(Locale.ROOT);
        i = 3;
      }
    }
    for (; i + 3 <= code.length(); i += 3) {
      String part = code.substring(i, i + 3);
      if (types.isEmpty() || !types.get(types.size() - 1).equals("IGO") || !group.isEmpty()) {
        types.add(part);
      } else {
        group = part; // "IGOUNO": an international organisation and which one
      }
    }
    while (types.size() < 3) {
      types.add("");
    }
    return new GdeltActor(
        code, name, country, group, "", "", "", types.get(0), types.get(1), types.get(2));
  }

  private static int sentenceOf(Analysis a, Event e) {
    List<Sentence> sentences = a.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).span().equals(e.sentence())) {
        return i;
      }
    }
    return sentences.size();
  }

  /** The domain of a URL ("www.azatutyun.am" gives "azatutyun.am"), or the location itself. */
  static String sourceName(String url) {
    try {
      String host = new URI(url).getHost();
      if (host != null) {
        return host.startsWith("www.") ? host.substring(4) : host;
      }
    } catch (URISyntaxException e) {
      // a path, not a URL
    }
    return url;
  }
}
