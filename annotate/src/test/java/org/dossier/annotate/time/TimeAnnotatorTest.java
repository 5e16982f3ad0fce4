package org.dossier.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.annotate.Articles;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.TimeMention;
import org.junit.jupiter.api.Test;

class TimeAnnotatorTest {
  private static final TimeAnnotator TIME = TimeAnnotator.standard();
  /** A Wednesday. */
  private static final String WED = "2024-05-15";

  private static List<TimeMention> times(String text, String date) {
    List<Annotation> found = TIME.annotate(Articles.of(text, date), List.of());
    return found.stream().map(TimeMention.class::cast).toList();
  }

  private static String value(String text, String date, String expression) {
    return times(text, date).stream().filter(t -> t.text().equals(expression)).findFirst()
        .map(TimeMention::value).orElse("not found: " + times(text, date));
  }

  @Test
  void weekdayInPastTenseIsTheLastOne() {
    assertEquals("2024-05-10", value("The ministers met on Friday in Geneva.", WED, "Friday"));
    assertEquals("2024-05-13", value("Officials said on Monday that talks had failed.", WED, "Monday"));
  }

  @Test
  void weekdayInFutureTenseIsTheNextOne() {
    assertEquals("2024-05-17", value("The ministers will meet on Friday in Geneva.", WED, "Friday"));
    assertEquals("2024-05-20", value("Talks are going to resume on Monday.", WED, "Monday"));
  }

  @Test
  void weekdayWithoutDateStaysOpen() {
    assertEquals("XXXX-WXX-5", value("The ministers met on Friday.", null, "Friday"));
  }

  @Test
  void relativeWeeksMonthsAndYears() {
    assertEquals("2024-W19", value("Troops crossed the border last week.", WED, "last week"));
    assertEquals("2025", value("Elections will be held next year.", WED, "next year"));
    assertEquals("2022", value("The plant opened two years ago.", WED, "two years ago"));
    assertEquals("P3M", value("Prices rose over the past three months.", WED, "the past three months"));
  }

  @Test
  void monthWithoutYearFollowsTense() {
    assertEquals("2024-04", value("The envoy arrived in late April.", WED, "late April"));
    assertEquals("2023-08", value("The factory was bombed in August.", WED, "August"));
    assertEquals("2024-08", value("The factory will reopen in August.", WED, "August"));
  }

  @Test
  void newsExpressionsSuTimeMisses() {
    assertEquals("2026", value("The line should be finished by mid-2026, officials said.", WED, "mid-2026"));
    assertEquals("2023-Q1", value("Exports fell in the first quarter of 2023.", WED, "the first quarter of 2023"));
    assertEquals("2024-Q1", value("Exports fell last quarter.", WED, "last quarter"));
    assertEquals("199", value("The treaty dates from the 1990s.", WED, "the 1990s"));
    assertEquals("2019-Q3", value("Sales peaked in Q3 2019.", WED, "Q3 2019"));
  }

  @Test
  void agesAndLoneWordsAreNotTimes() {
    List<TimeMention> t = times("A 22-year-old soldier said he had once served there.", WED);
    assertTrue(t.isEmpty(), t.toString());
  }

  @Test
  void yearRangesSplit() {
    List<TimeMention> t = times("The expedition of 1957-58 mapped the coast.", WED);
    assertEquals(List.of("1957", "1958"), t.stream().map(TimeMention::value).toList());
  }

  @Test
  void lowerCaseMayIsTheVerb() {
    List<TimeMention> t = times("The talks this may be the last chance, an envoy said.", WED);
    assertTrue(t.isEmpty(), t.toString());
  }

  @Test
  void lastNightIsYesterdaysNight() {
    assertEquals("2024-05-14TNI", value("Drones struck the port last night.", WED, "last night"));
  }

  @Test
  void endOfTheYearInAPastClauseIsLastYear() {
    assertEquals("2023", value("Infections had peaked by the end of the year.", WED, "the end of the year"));
    assertEquals("2024", value("The line will open by the end of the year.", WED, "the end of the year"));
  }

  @Test
  void clockTimeOnADayIsAnchoredOnIt() {
    List<TimeMention> t = times("Polls will close on Sunday at 8 p.m.", WED);
    assertTrue(t.stream().anyMatch(m -> m.value().equals("2024-05-19T20:00")), t.toString());
  }
}
