package org.tidings.nlp;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.model.Analysis;
import org.tidings.model.Sentence;
import org.tidings.model.Span;
import org.tidings.model.TimeExpression;
import org.tidings.model.Token;
import org.tidings.pipeline.Annotator;

/**
 * Finds dates, periods and ranges and gives them TimeML-style values.
 *
 * <p>Absolute expressions ("7Apr2014", "November 24, 2016", "2009-2011", "between 2009 and 2011",
 * "the 1990s") get their value directly. Relative ones ("on Thursday", "In August", "last April",
 * "last year", "three years ago") are resolved against the article's publication date and nothing
 * else; when the article has none they keep an underspecified value ("XXXX-04", "XXXX-WXX-4") and
 * {@code resolved=false}. Durations ("a month" gives "P1M") and references ("recently" gives
 * "PAST_REF") need no anchor. Prepositions ("on", "in") stay out of the span; modifiers ("last",
 * "early", "the") go in. Needs tokens and sentences.
 */
public final class TimeFinder implements Annotator {
  /**
   * One word of time.
   *
   * @param kind month, weekday, day, ref, unit, season or part
   * @param value what the kind says (a month number, a unit letter, a reference value)
   */
  public record Word(String kind, String value) {}

  private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{1,2})([a-z]{3,9})(\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})[-\u2013/](\\d{2}|\\d{4})");
  private static final Pattern SLASH_DATE =
      Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?");
  private static final Pattern DECADE = Pattern.compile("(?:mid-|early-|late-)?(\\d{3})0'?s");
  private static final Pattern SHORT_DECADE = Pattern.compile("['\u2019](\\d)0s");
  private static final Pattern ORDINAL_DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");

  private static final Set<String> MODIFIERS = Set.of("early", "late", "mid", "mid-");
  private static final Set<String> YEAR_CONTEXT =
      Set.of(
          "in",
          "since",
          "by",
          "of",
          "until",
          "till",
          "from",
          "before",
          "after",
          "during",
          "for",
          "through",
          "throughout",
          "to",
          "and",
          "or",
          "year",
          "fiscal",
          "early",
          "late",
          "mid",
          "the",
          "around",
          "between",
          "circa",
          "summer",
          "spring",
          "winter",
          "autumn",
          "fall",
          "’s",
          "'s",
          "end",
          "start",
          "beginning",
          "middle",
          "as");
  private static final Set<String> FUTURE_CUES =
      Set.of("will", "'ll", "’ll", "shall", "wo", "next", "upcoming", "scheduled", "plans");
  private static final Set<String> PAST_CUES =
      Set.of("was", "were", "had", "did", "said", "ago", "last", "earlier");
  private static final List<String> SEASONS = List.of("SP", "SU", "FA", "WI");

  private final Map<String, Word> words;
  private final NumberReader numbers;

  /** A finder with the given time words (lower case) and number words (lower case). */
  public TimeFinder(Map<String, Word> words, Map<String, Double> numberWords) {
    this.words = Map.copyOf(words);
    this.numbers = new NumberReader(numberWords);
  }

  /** The finder with the bundled time and number words. */
  public static TimeFinder standard() {
    Map<String, Word> words = new HashMap<>();
    for (String[] row : LineResource.rows("time-words.tsv", 3)) {
      words.put(row[0].toLowerCase(Locale.ROOT), new Word(row[1], row[2]));
    }
    Map<String, Double> numberWords = new HashMap<>();
    LineResource.table("numbers.tsv").forEach((w, v) -> numberWords.put(w, Double.valueOf(v)));
    return new TimeFinder(words, numberWords);
  }

  @Override
  public Analysis annotate(Analysis analysis) {
    Optional<LocalDate> anchor = analysis.article().published();
    List<TimeExpression> found = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      new SentenceScan(analysis.tokensOf(s), anchor.orElse(null), analysis.article().text())
          .scan(found);
    }
    return analysis.withTimes(found);
  }

  /** An expression over tokens {@code [start, end)}. */
  private record Found(int start, int end, String value, boolean resolved) {}

  /** The search through one sentence. */
  private final class SentenceScan {
    private final List<Token> tokens;
    private final List<String> lower;
    private final LocalDate anchor;
    private final String text;

    SentenceScan(List<Token> tokens, LocalDate anchor, String text) {
      this.tokens = tokens;
      this.lower = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        lower.add(t.text().toLowerCase(Locale.ROOT));
      }
      this.anchor = anchor;
      this.text = text;
    }

    void scan(List<TimeExpression> out) {
      int i = 0;
      while (i < tokens.size()) {
        Found f = match(i);
        if (f == null) {
          i++;
          continue;
        }
        Span span =
            new Span(tokens.get(f.start).span().start(), tokens.get(f.end - 1).span().end());
        out.add(new TimeExpression(span, span.of(text), f.value, f.resolved));
        i = f.end;
      }
    }

    private Found match(int i) {
      String w = lower.get(i);
      if (MODIFIERS.contains(w) && i + 1 < size()) {
        Found inner = matchCore(i + 1);
        if (inner != null && !inner.value.startsWith("P")) {
          return new Found(i, inner.end, inner.value, inner.resolved);
        }
      }
      if ((w.equals("earlier") || w.equals("later")) && is(i + 1, "this")) {
        Found inner = matchCore(i + 1);
        if (inner != null) {
          return new Found(i, inner.end, inner.value, inner.resolved);
        }
      }
      if ((w.equals("between") || w.equals("from")) && i + 3 < size()) {
        Found range = yearRange(i);
        if (range != null) {
          return range;
        }
      }
      return matchCore(i);
    }

    private Found matchCore(int i) {
      Found f = singleToken(i);
      if (f == null) {
        f = quarter(i);
      }
      if (f == null) {
        f = monthPhrase(i);
      }
      if (f == null) {
        f = weekdayPhrase(i);
      }
      if (f == null) {
        f = duration(i);
      }
      if (f == null) {
        f = relative(i);
      }
      if (f == null) {
        f = year(i);
      }
      return f;
    }

    // ---- single tokens: 7Apr2014, 2014-04-07, 2009-2011, 3/22/2013, 1990s

    private Found singleToken(int i) {
      String w = lower.get(i);
      if (w.isEmpty()
          || !Character.isDigit(w.charAt(0))
              && w.charAt(0) != '\''
              && w.charAt(0) != '’'
              && !w.startsWith("mid-")
              && !w.startsWith("early-")
              && !w.startsWith("late-")) {
        return null;
      }
      Matcher m = COMPACT_DATE.matcher(w);
      if (m.matches()) {
        Integer month = month(m.group(2));
        return month == null ? null : date(i, i + 1, number(m.group(3)), month, number(m.group(1)));
      }
      m = ISO_DATE.matcher(w);
      if (m.matches()
          && validMonth(m.group(2))
          && !(m.group(3) == null && nextYear(m.group(1), m.group(2)))) {
        int month = Integer.parseInt(m.group(2));
        return m.group(3) == null
            ? new Found(i, i + 1, ym(number(m.group(1)), month), true)
            : date(i, i + 1, number(m.group(1)), month, number(m.group(3)));
      }
      m = YEAR_RANGE.matcher(w);
      if (m.matches() && isYear(m.group(1))) {
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (m.group(2).length() == 2) {
          to += from / 100 * 100;
        }
        if (to > from && to - from < 100) {
          return new Found(i, i + 1, from + "/" + to, true);
        }
        return null;
      }
      m = SLASH_DATE.matcher(w);
      if (m.matches() && m.group(3) != null) {
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        year = m.group(3).length() == 2 ? 2000 + year : year;
        return month >= 1 && month <= 12 ? date(i, i + 1, year, month, day) : null;
      }
      m = DECADE.matcher(w);
      if (m.matches()) {
        return new Found(withThe(i), i + 1, m.group(1), true);
      }
      m = SHORT_DECADE.matcher(w);
      if (m.matches()) {
        int d = Integer.parseInt(m.group(1));
        return new Found(withThe(i), i + 1, (d >= 3 ? "19" : "20") + d, true);
      }
      return null;
    }

    private int withThe(int i) {
      return i > 0 && lower.get(i - 1).equals("the") ? i - 1 : i;
    }

    // ---- "the third quarter (of 2012)", "third-quarter", "the latest quarter"

    private Found quarter(int i) {
      int j = is(i, "the") ? i + 1 : i;
      if (is(j, "fiscal")) {
        j++;
      }
      String w = j < size() ? lower.get(j) : "";
      if (j > i && (w.equals("quarter") || isLatest(w) && is(j + 1, "quarter"))) {
        int end = w.equals("quarter") ? j + 1 : j + 2;
        return anchor == null ? new Found(i, end, "XXXX-QX", false) : anchored(i, end, "Q", -1);
      }
      int q;
      int end;
      if (w.endsWith("-quarter")) {
        q = ordinal(w.substring(0, w.length() - "-quarter".length()));
        end = j + 1;
      } else {
        q = is(j + 1, "quarter") ? ordinal(w) : 0;
        end = j + 2;
      }
      if (q == 0) {
        return null;
      }
      if (is(end, "of") && end + 1 < size() && isYear(lower.get(end + 1))) {
        return new Found(i, end + 2, lower.get(end + 1) + "-Q" + q, true);
      }
      if (anchor == null) {
        return new Found(i, end, "XXXX-Q" + q, false);
      }
      int current = (anchor.getMonthValue() - 1) / 3 + 1;
      int y = q > current ? anchor.getYear() - 1 : anchor.getYear(); // the last one reported
      return new Found(i, end, y + "-Q" + q, true);
    }

    private boolean isLatest(String w) {
      return w.equals("latest") || w.equals("recent") || w.equals("most-recent");
    }

    private int ordinal(String w) {
      return switch (w) {
        case "first" -> 1;
        case "second" -> 2;
        case "third" -> 3;
        case "fourth" -> 4;
        default -> 0;
      };
    }

    // ---- months: "November 24, 2016", "24 November 2016", "In August", "last April"

    private Found monthPhrase(int i) {
      int start = i;
      int dir = direction(i);
      int m = i + (dir == 0 && !is(i, "this") ? 0 : 1);
      Integer dayBefore = null;
      if (m < size() && ORDINAL_DAY.matcher(lower.get(m)).matches() && month(m + 1) != null) {
        dayBefore = number(ORDINAL_DAY.matcher(lower.get(m)).replaceAll("$1"));
        m++;
      }
      Integer month = month(m);
      if (month == null) {
        return null;
      }
      int end = m + 1;
      Integer day = dayBefore;
      if (day == null && end < size() && ORDINAL_DAY.matcher(lower.get(end)).matches()) {
        int d = number(ORDINAL_DAY.matcher(lower.get(end)).replaceAll("$1"));
        if (d >= 1 && d <= 31) {
          day = d;
          end++;
        }
      }
      Integer year = null;
      int yearAt = is(end, ",") && day != null ? end + 1 : end;
      if (is(yearAt, "of") && day == null) {
        yearAt++;
      }
      if (yearAt < size() && isYear(lower.get(yearAt))) {
        year = Integer.parseInt(lower.get(yearAt));
        end = yearAt + 1;
      }
      if (year == null && day == null && dir == 0 && !monthInContext(start, m)) {
        return null;
      }
      if (year != null) {
        return day == null
            ? new Found(start, end, ym(year, month), true)
            : date(start, end, year, month, day);
      }
      if (anchor == null) {
        String v = "XXXX-" + two(month) + (day == null ? "" : "-" + two(day));
        return new Found(start, end, v, false);
      }
      int y = yearOfMonth(month, dir, start);
      return day == null
          ? new Found(start, end, ym(y, month), true)
          : date(start, end, y, month, day);
    }

    /** A bare month name is a month only where a month is expected ("in May", not "may"). */
    private boolean monthInContext(int start, int m) {
      String name = lower.get(m);
      if (!name.equals("may") && !name.equals("march")) {
        return true;
      }
      return start > 0 && YEAR_CONTEXT.contains(lower.get(start - 1));
    }

    private int yearOfMonth(int month, int dir, int at) {
      int y = anchor.getYear();
      int am = anchor.getMonthValue();
      if (dir < 0) {
        return month < am ? y : y - 1;
      }
      if (dir > 0) {
        return month > am ? y : y + 1;
      }
      int tense = tense(at);
      if (tense < 0) {
        return month <= am ? y : y - 1; // "visited Yerevan in April", said in November
      }
      if (tense > 0) {
        return month >= am ? y : y + 1;
      }
      // no tense to go by: the month nearest the anchor
      return month - am > 6 ? y - 1 : am - month > 6 ? y + 1 : y;
    }

    // ---- weekdays: "on Thursday", "last Friday", "Monday morning"

    private Found weekdayPhrase(int i) {
      int dir = direction(i);
      int d = i + (dir == 0 && !is(i, "this") ? 0 : 1);
      if (d >= size() || !capitalised(d)) {
        return null;
      }
      Word w = words.get(lower.get(d));
      if (w == null || !w.kind().equals("weekday")) {
        return null;
      }
      int day = Integer.parseInt(w.value());
      int end = d + 1;
      String part = part(end);
      if (!part.isEmpty()) {
        end++;
      }
      if (anchor == null) {
        return new Found(i, end, "XXXX-WXX-" + day + part, false);
      }
      int now = anchor.getDayOfWeek().getValue();
      int offset;
      if (dir < 0) {
        offset = -((now - day + 7) % 7 == 0 ? 7 : (now - day + 7) % 7);
      } else if (dir > 0) {
        offset = (day - now + 7) % 7 == 0 ? 7 : (day - now + 7) % 7;
      } else if (is(i, "this")) {
        offset = day - now;
      } else if (tense(i) > 0) {
        offset = (day - now + 7) % 7;
      } else {
        offset = -((now - day + 7) % 7);
      }
      return new Found(i, end, anchor.plusDays(offset) + part, true);
    }

    private String part(int at) {
      Word w = at < size() ? words.get(lower.get(at)) : null;
      return w != null && w.kind().equals("part") ? "T" + w.value() : "";
    }

    // ---- relative: today, recently, last year, this week, three years ago, this morning

    private Found relative(int i) {
      Word w = words.get(lower.get(i));
      if (w != null && w.kind().equals("day")) {
        String part = lower.get(i).equals("tonight") ? "TNI" : "";
        return anchor == null
            ? new Found(i, i + 1, "XXXX-XX-XX" + part, false)
            : new Found(i, i + 1, anchor.plusDays(Integer.parseInt(w.value())) + part, true);
      }
      if (w != null && w.kind().equals("set")) {
        return new Found(i, i + 1, w.value(), true);
      }
      if (is(i, "the") && is(i + 1, "weekend")) {
        return anchor == null
            ? new Found(i, i + 2, "XXXX-WXX-WE", false)
            : new Found(i, i + 2, week(anchor) + "-WE", true);
      }
      if (w != null && w.kind().equals("ref")) {
        String v =
            w.value().equals("TENSE") ? (tense(i) > 0 ? "FUTURE_REF" : "PAST_REF") : w.value();
        return new Found(i, i + 1, v, true);
      }
      if (is(i, "the")
          && (is(i + 1, "past") || is(i + 1, "future"))
          && (i + 2 >= size() || words.get(lower.get(i + 2)) == null)) {
        return new Found(i, i + 2, is(i + 1, "past") ? "PAST_REF" : "FUTURE_REF", true);
      }
      int dir = direction(i);
      boolean thisOne = is(i, "this") || is(i, "current");
      if (dir == 0 && !thisOne) {
        return null;
      }
      int u = i + 1;
      Word unit = u < size() ? words.get(lower.get(u)) : null;
      if (unit == null) {
        return null;
      }
      if (unit.kind().equals("part") && (thisOne || lower.get(i).equals("last"))) {
        String part = "T" + unit.value();
        int back = thisOne ? 0 : -1;
        return anchor == null
            ? new Found(i, u + 1, "XXXX-XX-XX" + part, false)
            : new Found(i, u + 1, anchor.plusDays(back) + part, true);
      }
      if (unit.kind().equals("season")) {
        return season(i, u + 1, unit.value(), dir);
      }
      if (!unit.kind().equals("unit") || lower.get(u).endsWith("s")) {
        return null;
      }
      return anchored(i, u + 1, unit.value(), thisOne ? 0 : dir);
    }

    /** "last year", "this week", "next month": the unit around the anchor, moved by {@code by}. */
    private Found anchored(int start, int end, String unit, int by) {
      if (anchor == null) {
        String v =
            switch (unit) {
              case "Y" -> "XXXX";
              case "M" -> "XXXX-XX";
              case "W" -> "XXXX-WXX";
              case "WE" -> "XXXX-WXX-WE";
              case "Q" -> "XXXX-QX";
              case "D" -> "XXXX-XX-XX";
              default -> null;
            };
        return v == null ? null : new Found(start, end, v, false);
      }
      String v =
          switch (unit) {
            case "Y" -> Integer.toString(anchor.getYear() + by);
            case "M" -> {
              LocalDate d = anchor.plusMonths(by);
              yield ym(d.getYear(), d.getMonthValue());
            }
            case "W" -> week(anchor.plusWeeks(by));
            case "WE" -> week(anchor.plusWeeks(by)) + "-WE";
            case "Q" -> {
              LocalDate d = anchor.plusMonths(3L * by);
              yield d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            }
            case "DE" -> Integer.toString(anchor.getYear() / 10 + by);
            case "D" -> anchor.plusDays(by).toString();
            default -> null;
          };
      return v == null ? null : new Found(start, end, v, true);
    }

    private Found season(int start, int end, String code, int dir) {
      int y;
      if (end < size() && isYear(lower.get(end))) {
        return new Found(start, end + 1, lower.get(end) + "-" + code, true);
      }
      if (anchor == null) {
        return new Found(start, end, "XXXX-" + code, false);
      }
      y = anchor.getYear();
      int now = (anchor.getMonthValue() % 12) / 3; // Dec-Feb 0 (winter) .. Sep-Nov 3
      int current = now == 0 ? 3 : now - 1;
      int s = SEASONS.indexOf(code);
      if (dir < 0 && s >= current) {
        y--;
      } else if (dir > 0 && s <= current) {
        y++;
      }
      return new Found(start, end, y + "-" + code, true);
    }

    // ---- durations: "a month", "three years", "the past several months", "two years ago"

    private Found duration(int i) {
      int start = i;
      int j = i;
      if (is(j, "the")
          && (is(j + 1, "past")
              || is(j + 1, "last")
              || is(j + 1, "next")
              || is(j + 1, "coming")
              || is(j + 1, "previous"))) {
        j += 2;
      } else if (is(j, "recent") || is(j, "past") || is(j, "coming")) {
        j++;
      }
      String amount;
      int u;
      String w = j < size() ? lower.get(j) : "";
      int dash = w.indexOf('-');
      if (dash > 0 && words.get(w.substring(dash + 1)) != null) {
        // "two-year", "10-day"
        NumberReader.Reading r = numbers.read(List.of(w.substring(0, dash)), 0);
        if (r == null) {
          return null;
        }
        return unitValue(start, j + 1, format(r.value()), words.get(w.substring(dash + 1)));
      }
      if (is(j, "a") && is(j + 1, "few")) {
        amount = "X";
        u = j + 2;
      } else if (is(j, "a") || is(j, "an")) {
        amount = "1";
        u = j + 1;
      } else if (is(j, "several") || is(j, "few") || is(j, "many") || is(j, "some")) {
        amount = "X";
        u = j + 1;
      } else if (j > start && words.get(w) != null) {
        amount = w.endsWith("s") ? "X" : "1"; // "recent years", "the past week"
        u = j;
      } else {
        NumberReader.Reading r = j < size() ? numbers.read(lower, j) : null;
        if (r == null || r.value() > 1000) {
          return null;
        }
        amount = format(r.value());
        u = r.end();
      }
      Word unit = u < size() ? words.get(lower.get(u)) : null;
      if (unit == null || !unit.kind().equals("unit")) {
        return null;
      }
      if (is(u + 1, "ago")) {
        return ago(start, u + 2, amount, unit.value());
      }
      return unitValue(start, u + 1, amount, unit);
    }

    private Found unitValue(int start, int end, String amount, Word unit) {
      if (!unit.kind().equals("unit")) {
        return null;
      }
      String v =
          switch (unit.value()) {
            case "H", "MIN", "S" -> "PT" + amount + unit.value().charAt(0);
            case "DE" -> "P" + times(amount, 10) + "Y";
            case "CE" -> "P" + times(amount, 100) + "Y";
            case "Q" -> "P" + times(amount, 3) + "M";
            case "2W" -> "P" + times(amount, 2) + "W";
            default -> "P" + amount + unit.value();
          };
      return new Found(start, end, v, true);
    }

    private Found ago(int start, int end, String amount, String unit) {
      if (amount.equals("X")) {
        return new Found(start, end, "PAST_REF", true);
      }
      int n = (int) Double.parseDouble(amount);
      if (anchor == null) {
        return anchored(start, end, unit, 0); // underspecified, unresolved
      }
      return switch (unit) {
        case "Y", "M", "W", "D", "Q" -> anchored(start, end, unit, -n);
        case "DE" -> new Found(start, end, Integer.toString(anchor.getYear() / 10 - n), true);
        default -> new Found(start, end, "PAST_REF", true);
      };
    }

    // ---- years: "in 2009", "between 2009 and 2011"

    private Found yearRange(int i) {
      String a = lower.get(i + 1);
      String link = lower.get(i + 2);
      String b = lower.get(i + 3);
      boolean linked =
          lower.get(i).equals("between")
              ? link.equals("and")
              : link.equals("to") || link.equals("until") || link.equals("through");
      if (linked && isYear(a) && isYear(b) && Integer.parseInt(b) > Integer.parseInt(a)) {
        return new Found(i, i + 4, a + "/" + b, true);
      }
      return null;
    }

    private Found year(int i) {
      String w = lower.get(i);
      if (!isYear(w)) {
        return null;
      }
      if (i + 2 < size()
          && (is(i + 1, "to") || is(i + 1, "and"))
          && isYear(lower.get(i + 2))
          && Integer.parseInt(lower.get(i + 2)) > Integer.parseInt(w)
          && !is(i - 1, "between")) {
        if (is(i + 1, "to")) {
          return new Found(i, i + 3, w + "/" + lower.get(i + 2), true);
        }
      }
      boolean before = i > 0 && YEAR_CONTEXT.contains(lower.get(i - 1));
      boolean after =
          i + 1 >= size()
              || !Tokenizer.isWordChar(lower.get(i + 1).charAt(0)) && !lower.get(i + 1).equals("%")
              || is(i + 1, "and")
              || is(i + 1, "to");
      boolean money =
          i > 0
              && !Tokenizer.isWordChar(lower.get(i - 1).charAt(0))
              && "$€£¥".contains(lower.get(i - 1));
      if (!(before || after) || money || is(i + 1, "percent")) {
        return null;
      }
      return new Found(i, i + 1, w, true);
    }

    // ---- helpers

    /** -1 for "last", "past", "previous"; +1 for "next", "coming"; 0 otherwise. */
    private int direction(int i) {
      return switch (i < size() ? lower.get(i) : "") {
        case "last", "previous" -> -1;
        case "next", "coming" -> 1;
        default -> 0;
      };
    }

    /** +1 when the sentence speaks of the future before {@code at}, -1 for the past, else 0. */
    /**
     * +1 when the cue word nearest to token {@code at} speaks of the future ("will", "next"), -1
     * when it speaks of the past ("said", "was", a word in -ed), 0 when there is none.
     */
    private int tense(int at) {
      for (int d = 1; d < size(); d++) {
        for (int k : new int[] {at - d, at + d}) {
          if (k < 0 || k >= size()) {
            continue;
          }
          String w = lower.get(k);
          if (FUTURE_CUES.contains(w) || w.equals("going") && is(k + 1, "to")) {
            return 1;
          }
          if (PAST_CUES.contains(w) || w.length() > 4 && w.endsWith("ed")) {
            return -1;
          }
        }
      }
      return 0;
    }

    private Integer month(int at) {
      if (at >= size() || !capitalised(at)) {
        return null;
      }
      return month(lower.get(at));
    }

    private Integer month(String w) {
      String name = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
      Word word = words.get(name);
      return word != null && word.kind().equals("month") ? Integer.valueOf(word.value()) : null;
    }

    private boolean capitalised(int at) {
      return Character.isUpperCase(tokens.get(at).text().charAt(0));
    }

    private Found date(int start, int end, int year, int month, int day) {
      if (day < 1 || day > 31) {
        return new Found(start, end, ym(year, month), true);
      }
      try {
        return new Found(start, end, LocalDate.of(year, month, day).toString(), true);
      } catch (java.time.DateTimeException e) {
        return new Found(start, end, ym(year, month), true);
      }
    }

    private boolean is(int at, String word) {
      return at >= 0 && at < size() && lower.get(at).equals(word);
    }

    private int size() {
      return tokens.size();
    }
  }

  private static boolean isYear(String w) {
    if (w.length() != 4 || !w.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int y = Integer.parseInt(w);
    return y >= 1800 && y <= 2199;
  }

  /** "2010-11" is a season or fiscal year (2010/2011) rather than November 2010. */
  private static boolean nextYear(String yyyy, String yy) {
    return (Integer.parseInt(yyyy) + 1) % 100 == Integer.parseInt(yy);
  }

  private static boolean validMonth(String mm) {
    int m = Integer.parseInt(mm);
    return m >= 1 && m <= 12;
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }

  private static String ym(int year, int month) {
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }

  private static String two(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }

  private static String week(LocalDate d) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String format(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static String times(String amount, int factor) {
    return amount.equals("X") ? "X" : format(Double.parseDouble(amount) * factor);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeFinder t && words.equals(t.words);
  }

  @Override
  public int hashCode() {
    return Objects.hash(words);
  }
}
