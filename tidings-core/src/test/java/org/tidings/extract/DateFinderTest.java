package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  private final DateFinder dates = DateFinder.standard();

  private static Optional<LocalDate> day(String iso) {
    return Optional.of(LocalDate.parse(iso));
  }

  @Test
  void readsMachineDates() {
    assertEquals(day("2016-11-24"), dates.fromMetadata("2016-11-24T09:30:00-05:00"));
    assertEquals(day("2016-11-24"), dates.fromMetadata("20161124T093000Z"));
    assertEquals(day("2019-03-01"), dates.fromMetadata("Fri, 1 Mar 2019 10:00:00 GMT"));
    assertTrue(dates.fromMetadata("not a date").isEmpty());
  }

  @Test
  void readsUrls() {
    assertEquals(day("2016-11-24"), dates.fromUrl("https://x.example/2016/11/24/story.html"));
    assertEquals(day("2018-10-09"), dates.fromUrl("https://x.example/news-20181009-story/"));
    assertTrue(dates.fromUrl("https://x.example/2018/10/nollywood.html").isEmpty());
  }

  @Test
  void readsWrittenDatesInManyLanguages() {
    assertEquals(day("2016-11-24"), dates.fromText("Published November 24, 2016 at 10:00"));
    assertEquals(day("2016-11-24"), dates.fromText("Nov. 24th, 2016"));
    assertEquals(day("2016-11-24"), dates.fromText("24. November 2016"));
    assertEquals(day("2016-11-24"), dates.fromText("24 de noviembre de 2016"));
    assertEquals(day("2016-11-24"), dates.fromText("24 ноября 2016 г."));
    assertEquals(day("2016-11-24"), dates.fromText("24.11.2016"));
    assertEquals(day("2016-11-24"), dates.fromText("2016年11月24日"));
    assertEquals(day("2016-11-24"), dates.fromText("24 նոյեմբերի 2016"));
    assertEquals(day("2016-11-24"), dates.fromText("24 listopada 2016"));
    assertEquals(day("2016-11-24"), dates.fromText("2016. november 24."));
    assertEquals(day("2016-11-24"), dates.fromText("2016 m. lapkričio 24 d."));
    assertEquals(day("2016-11-24"), dates.fromText("24 नवंबर 2016"));
    assertEquals(day("2016-05-03"), dates.fromText("3 मई 2016"));
    assertEquals(day("2016-11-24"), dates.fromText("24 نوفمبر 2016"));
    assertEquals(day("2016-11-24"), dates.fromText("24 בנובמבר 2016"));
    assertEquals(day("2016-11-24"), dates.fromText("24 ноември 2016"));
    assertEquals(day("2016-11-24"), dates.fromText("24 Nobyembre 2016"));
    assertTrue(dates.fromText("31 February 2016").isEmpty());
    assertTrue(dates.fromText("2016 of 24 people").isEmpty());
  }

  @Test
  void tellsDateLinesFromSentences() {
    assertTrue(dates.isDateLine("Updated: 14 March 2019, 10:42"));
    assertFalse(
        dates.isDateLine(
            "The contract signed on 14 March 2019 was worth millions of dollars to them."));
  }

  @Test
  void readsNumericDatesWithSlashesMonthFirst() {
    assertEquals(day("2017-03-01"), dates.fromText("03/01/2017"));
    assertEquals(day("2025-02-24"), dates.fromText("2/24/2025"));
    assertEquals(day("2025-02-24"), dates.fromText("24/2/2025"));
    assertEquals(day("2025-12-02"), dates.fromText("02-12-2025"));
    assertEquals(day("2025-09-25"), dates.fromMetadata("Thu, 09/25/2025 - 11:38"));
  }

  @Test
  void readsNumericDatesAsThePagesLocaleWritesThem() {
    assertEquals(DateFinder.NumericOrder.MONTH_FIRST, DateFinder.orderOf("en_US"));
    assertEquals(DateFinder.NumericOrder.DAY_FIRST, DateFinder.orderOf("en-GB"));
    assertEquals(DateFinder.NumericOrder.DAY_FIRST, DateFinder.orderOf("fr"));
    assertEquals(DateFinder.NumericOrder.MIXED, DateFinder.orderOf("en"));
    assertEquals(DateFinder.NumericOrder.MIXED, DateFinder.orderOf(""));
    DateFinder us = dates.forLocale("en-US");
    DateFinder uk = dates.forLocale("en-GB");
    assertEquals(day("2026-03-09"), us.fromMetadata("03-09-2026"));
    assertEquals(day("2026-09-03"), dates.fromMetadata("03-09-2026"));
    assertEquals(day("2023-10-03"), uk.fromText("03/10/2023"));
    assertEquals(day("2023-03-10"), us.fromText("03/10/2023"));
    // A number over 12 decides whatever the locale.
    assertEquals(day("2023-10-13"), us.fromText("13/10/2023"));
    assertEquals(day("2023-10-13"), uk.fromText("10/13/2023"));
  }

  @Test
  void looksForPatternsOnlyInTextWithAYear() {
    assertTrue(DateFinder.hasYearDigits("on 2024"));
    assertTrue(DateFinder.hasYearDigits("x1999-01-01"));
    assertFalse(DateFinder.hasYearDigits("1899 and 201"));
    assertFalse(DateFinder.hasYearDigits("12 May, 5 min read"));
    assertTrue(dates.fromText("12/05/24 at 10:00").isEmpty()); // no four-digit year
  }

  @Test
  void runsEachPatternOnlyOnTextWithTheCharsItNeeds() {
    assertTrue(DateFinder.hasSeparator("2024-05-12"));
    assertTrue(DateFinder.hasSeparator("12.5.2024"));
    assertFalse(DateFinder.hasSeparator("12 May 2024"));
    assertTrue(DateFinder.mayHaveLetter("12 May 2024"));
    assertTrue(DateFinder.mayHaveLetter("2024年5月12日"));
    assertTrue(DateFinder.mayHaveLetter("12 \u00e9 2024")); // not ASCII: left to the patterns
    assertFalse(DateFinder.mayHaveLetter("12/05/2024 10:00"));
    assertEquals(day("2024-12-05"), dates.fromText("12/05/2024 10:00")); // numeric, no letter
    assertEquals(day("2024-05-12"), dates.fromText("(12 May 2024)")); // written, no separator
    assertEquals(day("2024-05-12"), dates.fromText("2024年5月12日"));
    // The written forms need a space of \s between their parts: none, none tried.
    assertTrue(DateFinder.hasSpace("12 May 2024"));
    assertTrue(DateFinder.hasSpace("12\tMay\u000B2024"));
    assertFalse(DateFinder.hasSpace("12\u00a0May\u20032024")); // no-break and em spaces: no \s
    assertTrue(dates.fromText("12\u00a0May\u00a02024").isEmpty());
    assertEquals(day("2024-05-12"), dates.fromText("12\nMay\r2024"));
    assertEquals(day("2024-05-12"), dates.fromText("12-May-2024 (2024-05-12)")); // ISO only
  }

  @Test
  void givesTheDateOfADateLine() {
    assertEquals(day("2024-05-12"), dates.ofDateLine("Published: 12 May 2024"));
    assertTrue(dates.isDateLine("Published: 12 May 2024"));
    String sentence = "On 12 May 2024 the council met again to discuss the plan";
    assertTrue(dates.ofDateLine(sentence).isEmpty());
    assertFalse(dates.isDateLine(sentence));
  }

  @Test
  void tellsTimesWrittenInUtc() {
    assertTrue(DateFinder.isUtcTime("2019-11-20T01:50:59.403Z"));
    assertTrue(DateFinder.isUtcTime("2025-12-19T02:41:41+00:00"));
    assertFalse(DateFinder.isUtcTime("2021-05-04T08:00:00+01:00"), "a local time: its day stands");
    assertFalse(DateFinder.isUtcTime("2021-05-04"));
  }
}
