package org.tidings.events.gdelt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of the GDELT 2.0 Events table, its 61 columns in order.
 *
 * @param globalEventId GLOBALEVENTID
 * @param sqlDate SQLDATE, YYYYMMDD of the event, 0 when unknown (written empty)
 * @param monthYear MonthYear, YYYYMM, 0 when unknown
 * @param year Year, 0 when unknown
 * @param fractionDate FractionDate, year plus ((month - 1) * 30 + day) / 365, NaN when unknown
 * @param actor1 Actor1Code to Actor1Type3Code
 * @param actor2 Actor2Code to Actor2Type3Code
 * @param rootEvent IsRootEvent: whether it was found in the lead of the article
 * @param eventCode EventCode, CAMEO ("0312")
 * @param eventBaseCode EventBaseCode ("031")
 * @param eventRootCode EventRootCode ("03")
 * @param quadClass QuadClass, 1 to 4
 * @param goldstein GoldsteinScale
 * @param numMentions NumMentions
 * @param numSources NumSources
 * @param numArticles NumArticles
 * @param avgTone AvgTone
 * @param actor1Geo Actor1Geo_Type to Actor1Geo_FeatureID
 * @param actor2Geo Actor2Geo_Type to Actor2Geo_FeatureID
 * @param actionGeo ActionGeo_Type to ActionGeo_FeatureID
 * @param dateAdded DATEADDED, YYYYMMDDHHMMSS
 * @param sourceUrl SOURCEURL
 */
public record GdeltEvent(
    long globalEventId,
    int sqlDate,
    int monthYear,
    int year,
    double fractionDate,
    GdeltActor actor1,
    GdeltActor actor2,
    boolean rootEvent,
    String eventCode,
    String eventBaseCode,
    String eventRootCode,
    int quadClass,
    double goldstein,
    int numMentions,
    int numSources,
    int numArticles,
    double avgTone,
    GdeltGeo actor1Geo,
    GdeltGeo actor2Geo,
    GdeltGeo actionGeo,
    long dateAdded,
    String sourceUrl) {

  /** Columns in a row. */
  public static final int COLUMNS = 61;

  public GdeltEvent {
    Objects.requireNonNull(actor1);
    Objects.requireNonNull(actor2);
    Objects.requireNonNull(eventCode);
    Objects.requireNonNull(eventBaseCode);
    Objects.requireNonNull(eventRootCode);
    Objects.requireNonNull(actor1Geo);
    Objects.requireNonNull(actor2Geo);
    Objects.requireNonNull(actionGeo);
    Objects.requireNonNull(sourceUrl);
  }

  /** The row's column values as GDELT writes them. */
  public List<String> columns() {
    List<String> c = new ArrayList<>(COLUMNS);
    c.add(Long.toString(globalEventId));
    c.add(Columns.orEmpty(sqlDate));
    c.add(Columns.orEmpty(monthYear));
    c.add(Columns.orEmpty(year));
    c.add(Columns.fraction(fractionDate));
    c.addAll(actor1.columns());
    c.addAll(actor2.columns());
    c.add(rootEvent ? "1" : "0");
    c.add(eventCode);
    c.add(eventBaseCode);
    c.add(eventRootCode);
    c.add(Integer.toString(quadClass));
    c.add(Columns.goldstein(goldstein));
    c.add(Integer.toString(numMentions));
    c.add(Integer.toString(numSources));
    c.add(Integer.toString(numArticles));
    c.add(Columns.number(avgTone));
    c.addAll(actor1Geo.columns());
    c.addAll(actor2Geo.columns());
    c.addAll(actionGeo.columns());
    c.add(Long.toString(dateAdded));
    c.add(sourceUrl);
    return c;
  }

  /** A row from its 61 column values; fails on a wrong count or a bad number. */
  public static GdeltEvent of(List<String> f) {
    if (f.size() != COLUMNS) {
      throw new IllegalArgumentException("want " + COLUMNS + " columns, got " + f.size());
    }
    return new GdeltEvent(
        Long.parseLong(f.get(0)),
        Columns.integer(f.get(1)),
        Columns.integer(f.get(2)),
        Columns.integer(f.get(3)),
        Columns.decimal(f.get(4)),
        GdeltActor.of(f.subList(5, 15)),
        GdeltActor.of(f.subList(15, 25)),
        f.get(25).equals("1"),
        f.get(26),
        f.get(27),
        f.get(28),
        Columns.integer(f.get(29)),
        Double.parseDouble(f.get(30)),
        Columns.integer(f.get(31)),
        Columns.integer(f.get(32)),
        Columns.integer(f.get(33)),
        Columns.decimal(f.get(34)),
        GdeltGeo.of(f.subList(35, 43)),
        GdeltGeo.of(f.subList(43, 51)),
        GdeltGeo.of(f.subList(51, 59)),
        Columns.whole(f.get(59)),
        f.get(60));
  }
}
