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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** A month name: letters with their combining marks (Devanagari, Bengali vowel signs). */
  private static final String WORD = "([\\p{L}\\p{M}]{2,}\\.?)";

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

  /** Year first with a month name: "2016. november 24." (Hungarian), "2016 m. lapkričio 24 d.". */
  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile(
          "(?<![\\d])((?:19|20)\\d{2})\\.?\\s+(?:m\\.\\s+)?"
              + WORD
              + "\\s+(0?[1-9]|[12]\\d|3[01])(?:\\.|\\s+d\\.|(?![\\d:]))",
          Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

  /** A written date's pattern and its groups: year, month name, day. */
  private record Written(Pattern pattern, int year, int month, int day) {}

  /** The written forms, tried in this order: 24 November 2016, November 24, 2016, 2016 Nov 24. */
  private static final List<Written> WRITTEN =
      List.of(
          new Written(DAY_MONTH_YEAR, 3, 2, 1),
          new Written(MONTH_DAY_YEAR, 3, 1, 2),
          new Written(YEAR_MONTH_DAY, 1, 2, 3));

  private static final Pattern YEAR_MONTH_DAY_CJK =
      Pattern.compile("((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");

  private static final Pattern LOCALE_PARTS = Pattern.compile("[-_]");

  /** Digits and punctuation of a date line, and runs of spaces: what {@link #isDateLine} drops. */
  private static final Pattern DATE_CHARS = Pattern.compile("[\\d:.,/\\-–|•·()]+");

  private static final Pattern SPACE_RUNS = Pattern.compile("\\s+");

  /** How a page writes numeric dates whose day and month could both be a month (03/04/2021). */
  enum NumericOrder {
    /** American usage: month first (en-US). */
    MONTH_FIRST,
    /** Most of the world: day first. */
    DAY_FIRST,
    /** Unknown locale: month first with slashes, day first with dots and dashes. */
    MIXED
  }

  /** Regions that write the month first (the United States and states that follow its usage). */
  private static final Set<String> MONTH_FIRST_REGIONS = Set.of("us", "ph", "fm", "mh", "pw");

  private final Map<String, Integer> months;
  private final NumericOrder order;

  DateFinder(Map<String, Integer> months) {
    this(Lookup.copyOf(months), NumericOrder.MIXED);
  }

  /** {@code months} is already a read-only copy: {@link #forLocale} shares it. */
  private DateFinder(Map<String, Integer> months, NumericOrder order) {
    this.months = months;
    this.order = order;
  }

  /**
   * This finder reading numeric dates the way a page's locale writes them: a language tag such as
   * "en-US", "en_GB" or "de" (the page's {@code lang} or {@code og:locale}). English without a
   * region stays {@link NumericOrder#MIXED}; another language or region reads day first.
   */
  DateFinder forLocale(String tag) {
    NumericOrder o = orderOf(tag);
    return o == order ? this : new DateFinder(months, o);
  }

  static NumericOrder orderOf(String tag) {
    if (tag == null || tag.isBlank()) {
      return NumericOrder.MIXED;
    }
    String[] parts = LOCALE_PARTS.split(tag.strip().toLowerCase(Locale.ROOT));
    String language = parts[0];
    String region = parts.length > 1 ? parts[parts.length - 1] : "";
    if (MONTH_FIRST_REGIONS.contains(region)) {
      return NumericOrder.MONTH_FIRST;
    }
    if (language.equals("en") && region.isEmpty() || language.length() < 2) {
      return NumericOrder.MIXED;
    }
    return NumericOrder.DAY_FIRST;
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

  /** True when a metadata value is written the machine way (2016-11-24, 20161124T...). */
  boolean isMachineDate(String value) {
    return value != null && (ISO.matcher(value).find() || COMPACT.matcher(value.strip()).find());
  }

  /** True for a time written in UTC: "...T01:50:59Z", "+00:00", "+0000". */
  static boolean isUtcTime(String value) {
    String t = value == null ? "" : value.strip();
    return t.indexOf('T') > 0
        && (t.endsWith("Z") || t.endsWith("+00:00") || t.endsWith("+0000") || t.endsWith("-00:00"));
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
    if (text == null || text.length() < 6 || !hasYearDigits(text)) {
      return Optional.empty(); // every pattern below needs a year: 19 or 20 and two digits
    }
    Optional<LocalDate> best = Optional.empty();
    int bestAt = Integer.MAX_VALUE;
    // Each pattern runs only on a text holding the chars it needs: ISO and numeric dates a
    // separator, the written ones a letter or mark and a space, the CJK one its year sign.
    boolean separator = hasSeparator(text);
    boolean letter = mayHaveLetter(text) && hasSpace(text); // the written forms need both
    if (separator) {
      Matcher m = ISO.matcher(text);
      if (m.find()) {
        Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
        if (d.isPresent()) {
          best = d;
          bestAt = m.start();
        }
      }
    }
    if (letter) {
      for (Written w : WRITTEN) {
        for (Matcher m = w.pattern().matcher(text); m.find() && m.start() < bestAt; ) {
          Integer month = month(m.group(w.month()));
          if (month != null) {
            Optional<LocalDate> d = date(m.group(w.year()), month.toString(), m.group(w.day()));
            if (d.isPresent()) {
              best = d;
              bestAt = m.start();
            }
            break; // the first month name decides, found or not
          }
        }
      }
    }
    if (separator) {
      Matcher m = NUMERIC.matcher(text);
      if (m.find() && m.start() < bestAt) {
        Optional<LocalDate> d = numeric(m);
        if (d.isPresent()) {
          best = d;
          bestAt = m.start();
        }
      }
    }
    if (text.indexOf('年') >= 0 || text.indexOf('년') >= 0) {
      Matcher m = YEAR_MONTH_DAY_CJK.matcher(text);
      if (m.find() && m.start() < bestAt) {
        Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
        if (d.isPresent()) {
          best = d;
        }
      }
    }
    return best;
  }

  /** True when a text holds a '-', '/' or '.', one of which ISO and numeric dates need. */
  static boolean hasSeparator(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-' || c == '/' || c == '.') {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a text holds a char of {@code \s} (ASCII white space), which every written form needs
   * between its words and numbers.
   */
  static boolean hasSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c >= '\t' && c <= '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * False when a text surely holds no letter or mark ({@code [\p{L}\p{M}]}), which month names
   * need: it is all ASCII and no ASCII letter.
   */
  static boolean mayHaveLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || (c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        return true;
      }
    }
    return false;
  }

  /** True when four ASCII digits starting with 19 or 20 occur in the text. */
  static boolean hasYearDigits(String text) {
    for (int i = 0; i + 3 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '1' && text.charAt(i + 1) == '9' || c == '2' && text.charAt(i + 1) == '0')
          && isDigit(text.charAt(i + 2))
          && isDigit(text.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A numeric date: the reading that is a date when only one is; else as the page's locale writes
   * them ({@link NumericOrder}): without a known locale, day first ("24.11.2016", "24-11-2016")
   * except with slashes, where the month comes first as in American usage ("11/24/2016").
   */
  private Optional<LocalDate> numeric(Matcher m) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    boolean monthFirst;
    if (a > 12 || b > 12) {
      monthFirst = b > 12; // only one reading is a date
    } else {
      monthFirst =
          switch (order) {
            case MONTH_FIRST -> true;
            case DAY_FIRST -> false;
            case MIXED -> m.group(2).equals("/");
          };
    }
    return monthFirst
        ? date(m.group(4), m.group(1), m.group(3))
        : date(m.group(4), m.group(3), m.group(1));
  }

  /** True when a line is only a date, with at most a label or a time around it. */
  boolean isDateLine(String line) {
    return ofDateLine(line).isPresent();
  }

  /** The date of a line that {@link #isDateLine is only a date}, else empty. */
  Optional<LocalDate> ofDateLine(String line) {
    if (line.length() > 60) {
      return Optional.empty();
    }
    Optional<LocalDate> d = fromText(line);
    if (d.isEmpty()) {
      return d;
    }
    String rest =
        SPACE_RUNS.matcher(DATE_CHARS.matcher(line).replaceAll(" ")).replaceAll(" ").trim();
    return rest.split(" ").length <= 5 ? d : Optional.empty();
  }

  /** True when a word names a month ("Dec.", "December", "Dezember"). */
  boolean isMonth(String word) {
    return month(word) != null;
  }

  private Integer month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    Integer m = months.get(w);
    if (m == null && w.length() > 3 && w.charAt(0) == '\u05D1') {
      m = months.get(w.substring(1)); // Hebrew "in": בנובמבר, "in November"
    }
    return m;
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
