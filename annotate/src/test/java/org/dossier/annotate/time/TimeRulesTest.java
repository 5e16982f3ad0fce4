package org.dossier.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.core.model.Span;
import org.dossier.core.model.TimeMention;
import org.dossier.core.model.TimeMention.Kind;
import org.junit.jupiter.api.Test;

/** The pattern rules and the joiner on bare text (no parse, so tense is unknown). */
class TimeRulesTest {
  private static final TimeRules RULES = new TimeRules(TimeLexicon.standard());
  /** A Wednesday. */
  private static final LocalDate WED = LocalDate.of(2024, 5, 15);

  private static List<TimeMention> times(String text, List<TimeMention> fromSuTime) {
    return RULES.complete(new RuleContext(text, WED, null), fromSuTime);
  }

  private static List<String> values(String text) {
    return times(text, List.of()).stream().map(t -> t.text() + "=" + t.value()).toList();
  }

  /** A mention as SUTime would hand it over, found by its text. */
  private static TimeMention su(String text, String expression, String value, Kind kind) {
    int at = text.indexOf(expression);
    return new TimeMention(new Span(at, at + expression.length()), expression, value, kind);
  }

  @Test
  void clockTimesInLooseSpellings() {
    assertEquals(List.of("9.am=2024-05-15T09:00"), values("The vote opens at 9.am."));
    assertEquals(List.of("4 p . m .=2024-05-15T16:00"), values("polls close at 4 p . m ."));
    assertEquals(List.of("7:45p=2024-05-15T19:45"), values("The ferry leaves at 7:45p"));
    assertEquals(List.of("mid night=2024-05-15T00:00"), values("The curfew starts at mid night."));
    assertEquals(List.of("noonish=2024-05-15T12:00"), values("They landed noonish."));
  }

  @Test
  void gluedLetterNeedsATimeWord() {
    assertTrue(values("A loaf now costs 7p more.").isEmpty());
  }

  @Test
  void numericDates() {
    assertEquals(List.of("Oct/3=2024-10-03"), values("The hearing moved to Oct/3"));
    assertEquals(List.of("2021/sep/09=2021-09-09"), values("Filed 2021/sep/09 in Kyiv"));
    assertEquals(List.of("14-2022-March=2022-03-14"), values("signed 14-2022-March"));
    assertEquals(List.of("20230704=2023-07-04"), values("Release 20230704."));
    assertEquals(List.of("Nov-2021=2021-11"), values("the figures for Nov-2021"));
    assertEquals(List.of("June of 98=1998-06"), values("He left in June of 98"));
  }

  @Test
  void monthSlashDayNeedsADateContext() {
    assertEquals(List.of("6/18=2024-06-18"), values("The summit is set for Tuesday 6/18"));
    assertEquals(List.of("23/06=2024-06-23"), values("Polls open on 23/06."));
    assertTrue(values("Turnout reached 3/4 of the electorate.").isEmpty());
    assertTrue(values("The hotline runs 24/7.").isEmpty());
  }

  @Test
  void fractionalAndCompoundDurations() {
    assertEquals(List.of("two and a half hours=PT2.5H"), values("The talks lasted two and a half hours."));
    assertEquals(List.of("one year and a half=P1.5Y"), values("a ban of one year and a half"));
    assertEquals(List.of("a ½ day=P0.5D"), values("a ½ day strike"));
    assertEquals(List.of("2 hours and 15 minutes=PT2H15M"), values("It took 2 hours and 15 minutes."));
    assertEquals(List.of("3 nights=P3D"), values("after 3 nights of shelling"));
    assertEquals(List.of("2.5 days=P2.5D"), values("a 2.5 days truce"));
  }

  @Test
  void durationsDoNotTakeAges() {
    assertTrue(values("the 1.5 years old girl").isEmpty());
    assertTrue(values("children ages 6 months and older").isEmpty());
    assertEquals(List.of("12 days=P12D"), values("a siege of 12 days"));
  }

  @Test
  void calendarUnitsByPlace() {
    assertEquals(List.of("week 12=2024-W12"), values("Sales in week 12 fell."));
    assertEquals(List.of("the first week of 2023=2023-W01"), values("in the first week of 2023"));
    assertEquals(List.of("the last week of June 2023=2023-W26"), values("during the last week of June 2023"));
    assertEquals(List.of("the week after next=2024-W22"), values("They meet the week after next."));
    assertEquals(List.of("the end of the month=2024-05"), values("a deal by the end of the month"));
    assertEquals(List.of("this school year=SY2024"), values("exams this school year"));
    assertEquals(List.of("last fiscal year=2023"), values("profit in the last fiscal year"));
  }

  @Test
  void dayAndClockTimeJoinWhenAdjacent() {
    String after = "Polls close 8.30pm tomorrow";
    List<TimeMention> t = times(after, List.of(su(after, "tomorrow", "2024-05-16", Kind.DATE)));
    assertEquals(List.of("8.30pm tomorrow=2024-05-16T20:30"), texts(t));
  }

  @Test
  void acrossAPrepositionTheClockTimeIsAnchoredOnTheDay() {
    String text = "The council meets Friday at 2.30";
    List<TimeMention> t = times(text, List.of(su(text, "Friday", "2024-05-17", Kind.DATE)));
    assertEquals(List.of("Friday=2024-05-17", "2.30=2024-05-17T02:30"), texts(t));
    String evening = "Shelling resumed last night at 9.";
    t = times(evening, List.of(su(evening, "last night", "2024-05-14TNI", Kind.TIME)));
    assertEquals(List.of("last night=2024-05-14TNI", "9=2024-05-14T21:00"), texts(t));
    String morning = "Voting starts Sunday in the morning";
    t = times(morning, List.of(su(morning, "Sunday", "2024-05-19", Kind.DATE), su(morning, "morning", "2024-05-15TMO", Kind.TIME)));
    assertEquals(List.of("Sunday=2024-05-19", "morning=2024-05-19TMO"), texts(t));
  }

  private static List<String> texts(List<TimeMention> t) {
    return t.stream().map(m -> m.text() + "=" + m.value()).toList();
  }

  @Test
  void weekAndWeekdayJoin() {
    String text = "Talks resume next week on Thursday";
    List<TimeMention> t = times(text, List.of(su(text, "next week", "2024-W21", Kind.DATE),
        su(text, "Thursday", "2024-05-16", Kind.DATE)));
    assertEquals(List.of("next week=2024-W21", "Thursday=2024-05-23"), texts(t));
  }

  @Test
  void weekOfADate() {
    String text = "The envoy is due the week of June 3.";
    List<TimeMention> t = times(text, List.of(su(text, "June 3", "2024-06-03", Kind.DATE)));
    assertEquals(List.of("the week of June 3=2024-W23"), t.stream().map(m -> m.text() + "=" + m.value()).toList());
  }

  @Test
  void clockGluedToAMonthSplits() {
    String text = "next month at 6pm";
    List<TimeMention> t = times(text, List.of(su(text, text, "2024-06T18:00", Kind.TIME)));
    assertEquals(List.of("next month=2024-06", "6pm=2024-05-15T18:00"),
        t.stream().map(m -> m.text() + "=" + m.value()).toList());
  }
}
