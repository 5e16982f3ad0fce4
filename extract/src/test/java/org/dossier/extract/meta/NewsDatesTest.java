package org.dossier.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewsDatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "by Jane Roe May 4, 2025 7:35 AM 2 min read | 2025-05-04T07:35",
      "January 21, 2024 7:14 PM | 2024-01-21T19:14",
      "Published 12 August 2023 | 2023-08-12",
      "Updated: Tue, June 3, 2025 at 12:05 a.m. | 2025-06-03T00:05",
      "2024-11-06 | 2024-11-06",
      "posted 2024-11-06 14:30 | 2024-11-06T14:30",
      "10:02 AM EDT, June 4, 2025 | 2025-06-04T10:02",
      "Jan. 15, 2024 | 2024-01-15",
      "31-12-2024 | 2024-12-31",
  })
  void findsDatesAtTheirPrecision(String text, String iso) {
    NewsDates.Found f = NewsDates.find(text);
    assertNotNull(f, text);
    assertEquals(iso, f.date().iso());
  }

  @Test
  void numericDateWithTwoReadingsIsAmbiguous() {
    NewsDates.Found f = NewsDates.find("05-06-2025");
    assertTrue(f.ambiguous());
    assertEquals("2025-06-05", f.date().iso());
    assertEquals("2025-05-06", f.other().iso());
    assertTrue(!NewsDates.find("13-06-2025").ambiguous());
  }

  @Test
  void noDateInPlainTextOrImpossibleDates() {
    assertNull(NewsDates.find("The ministry said 38 people died."));
    assertNull(NewsDates.find("February 30, 2024"));
    assertNull(NewsDates.find("in May the talks resumed"));
  }

  @Test
  void dayWithoutYearKeepsItsClock() {
    NewsDates.MonthDay d = NewsDates.findMonthDay("06:22 (IST) Jun 13 North Korea said");
    assertEquals(6, d.month());
    assertEquals(13, d.day());
    assertEquals(0, d.start());
    assertEquals("IST", d.clock().zone());
    assertEquals("2025-06-13T06:22", d.inYear(2025).iso());
    assertEquals("2024-06-04", NewsDates.findMonthDay("SEOUL, June 4 --").inYear(2024).iso());
  }

  @Test
  void clockTimesInTwelveAndTwentyFourHourForms() {
    assertEquals(21, NewsDates.findClock("9:51 PM").hour());
    assertEquals(0, NewsDates.findClock("12:10 am").hour());
    assertEquals(16, NewsDates.findClock("16:42").hour());
    assertNull(NewsDates.findClock("13:10 PM"));
    assertNull(NewsDates.findClock("no time here"));
  }
}
