package org.tidings.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar dates written in metadata (ISO 8601 and its relatives), in URLs (/2016/11/24/) and
 * in visible text ("24 November 2016", "Nov. 24, 2016", "24.11.2016"), with month names of many
 * languages from {@code months.tsv}.
 */
final class DateFinder {
  private static final Pattern ISO =
      Pattern.compile(
          "(?<![\\d])((?:19|20)\\d{2})[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\\d|3[01])(?![\\d])");
  private static final Pattern COMPACT =
      Pattern.compile("(?<![\\d])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:T|$)");

  /** Day and month as numbers before the year: "24.11.2016", "11/24/2016", "24-11-2016". */
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d./-])([0-3]?\\d)([./-])([0-3]?\\d)\\2((?:19|20)\\d{2})(?![\\d])");

  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/-](0[1-9]|1[0-2]|[1-9])[/-](0[1-9]|[12]\\d|3[01]|[1-9])(?:/|-|_|\\.|$)");
  private static final Pattern URL_COMPACT =
      Pattern.compile("[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])[/_.-]");
  private static final String WORD = "([\\p{L}]{3,}\\.?)";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\d])(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|er|º|\\.)?(?:\\s+de)?\\s+"
              + WORD
              + "(?:\\s+de)?,?\\s+((?:19|20)\\d{2})(?![\\d])",
          Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          WORD + "\\s+(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?![\\d])",
          Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR_MONTH_DAY_CJK =
      Pattern.compile("((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");

  private final Map<String, Integer> months;

  DateFinder(Map<String, Integer> months) {
    this.months = Map.copyOf(months);
  }

  static DateFinder standard() {
    Map<String, Integer> months = new HashMap<>();
    try (InputStream in = DateFinder.class.getResourceAsStream("months.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        int month = Integer.parseInt(f[0].trim());
        for (int i = 1; i < f.length; i++) {
          months.putIfAbsent(f[i].trim().toLowerCase(Locale.ROOT), month);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DateFinder(months);
  }

  /** A date in machine-written metadata: ISO 8601 first, then any written form. */
  Optional<LocalDate> fromMetadata(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(value);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(value.strip());
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    return fromText(value);
  }

  /** A date in a URL path: /2016/11/24/ or -20161124-. */
  Optional<LocalDate> fromUrl(String url) {
    if (url == null || url.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    m = URL_COMPACT.matcher(url);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    return Optional.empty();
  }

  /** The first full date (day, month and year) written in a piece of visible text. */
  Optional<LocalDate> fromText(String text) {
    if (text == null || text.length() < 6 || !PageScan.hasDigit(text)) {
      return Optional.empty(); // every pattern below needs an ASCII digit (a year at least)
    }
    Optional<LocalDate> best = Optional.empty();
    int bestAt = Integer.MAX_VALUE;
    Matcher m = ISO.matcher(text);
    if (m.find()) {
      Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        best = d;
        bestAt = m.start();
      }
    }
    m = DAY_MONTH_YEAR.matcher(text);
    while (m.find() && m.start() < bestAt) {
      Integer month = month(m.group(2));
      if (month != null) {
        Optional<LocalDate> d = date(m.group(3), month.toString(), m.group(1));
        if (d.isPresent()) {
          best = d;
          bestAt = m.start();
        }
        break;
      }
    }
    m = MONTH_DAY_YEAR.matcher(text);
    while (m.find() && m.start() < bestAt) {
      Integer month = month(m.group(1));
      if (month != null) {
        Optional<LocalDate> d = date(m.group(3), month.toString(), m.group(2));
        if (d.isPresent()) {
          best = d;
          bestAt = m.start();
        }
        break;
      }
    }
    m = NUMERIC.matcher(text);
    if (m.find() && m.start() < bestAt) {
      Optional<LocalDate> d = numeric(m);
      if (d.isPresent()) {
        best = d;
        bestAt = m.start();
      }
    }
    m = YEAR_MONTH_DAY_CJK.matcher(text);
    if (m.find() && m.start() < bestAt) {
      Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        best = d;
      }
    }
    return best;
  }

  /**
   * A numeric date: day first ("24.11.2016", "24-11-2016"), except with slashes, where the month
   * comes first as in American usage ("11/24/2016") unless the first number cannot be a month.
   */
  private static Optional<LocalDate> numeric(Matcher m) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    boolean monthFirst = m.group(2).equals("/") ? a <= 12 : b > 12;
    return monthFirst
        ? date(m.group(4), m.group(1), m.group(3))
        : date(m.group(4), m.group(3), m.group(1));
  }

  /** True when a line is only a date, with at most a label or a time around it. */
  boolean isDateLine(String line) {
    if (line.length() > 60) {
      return false;
    }
    Optional<LocalDate> d = fromText(line);
    if (d.isEmpty()) {
      return false;
    }
    String rest = line.replaceAll("[\\d:.,/\\-–|•·()]+", " ").replaceAll("\\s+", " ").trim();
    return rest.split(" ").length <= 5;
  }

  private Integer month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return months.get(w);
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1990 || y > 2099) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
