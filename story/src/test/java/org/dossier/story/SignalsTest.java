package org.dossier.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.EntityMention;
import org.dossier.core.model.EventKind;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;
import org.dossier.core.model.TimeMention;
import org.junit.jupiter.api.Test;

/** The parts a story profile and its comparison are made of. */
class SignalsTest {
  @Test
  void namesCountOncePerArticleAndPronounsAreNoNames() {
    Article a = Article.of("a", "a.txt", Role.MAIN, null, null, null, List.of(), null, "en", List.of("x"));
    List<Annotation> mentions = List.of(mention("Mark Teixeira"), mention("Mark Teixeira"), mention("he"));
    Map<String, Double> names = new MentionedNames().names(a, mentions);
    assertEquals(1.0, names.get("mark teixeira"));
    assertEquals(1.0, names.get("w:teixeira"), "a word of the name meets an article naming him by surname");
    assertFalse(names.containsKey("he"));
  }

  @Test
  void datesSplitIntoMonthsWithTheirYearAndDaysWithout() {
    List<Annotation> times = List.of(time("2019-08-16", TimeMention.Kind.DATE), time("XXXX-05-21", TimeMention.Kind.DATE),
        time("P3D", TimeMention.Kind.DURATION));
    assertEquals(Map.of("2019-08", 1.0, "2024-01", 1.0), EventSignals.months(PartialDate.parse("2024-01-21"), times));
    assertEquals(Map.of("08/16", 1.0, "05/21", 1.0), EventSignals.days(times));
  }

  @Test
  void eventKeysJoinKindAndActorsAndAStatementGivesNone() {
    EventMention strike = new EventMention(new Span(0, 9), EventKind.ATTACK, new Span(0, 4),
        List.of("Veloria", "Portmaris"), PartialDate.parse("2024-03-02"), null, "Veloria struck Portmaris");
    EventMention said = new EventMention(new Span(10, 19), EventKind.STATEMENT, new Span(10, 14),
        List.of("Tom Baker", "Veloria"), null, null, "Tom Baker condemned Veloria");
    Map<String, Double> keys = EventSignals.events(List.of(strike, said));
    assertEquals(1.0, keys.get("ATTACK"));
    assertTrue(keys.containsKey("ATTACK|" + Names.key("Portmaris")) && keys.containsKey("ATTACK|2024-03"), keys.toString());
    assertFalse(keys.keySet().stream().anyMatch(k -> k.startsWith("STATEMENT")), keys.toString());
  }

  @Test
  void weekdaysComeFromNamedWeekdaysAndFromFullDates() {
    List<Annotation> times = List.of(time("2012-07-07", TimeMention.Kind.DATE), time("XXXX-WXX-3", TimeMention.Kind.DATE),
        time("XXXX-05-21", TimeMention.Kind.DATE), time("XXXX-WXX-1", TimeMention.Kind.SET));
    assertEquals(Map.of("6", 1.0, "3", 1.0), EventSignals.weekdays(times),
        "7 July 2012 was a Saturday; a day without its year and every Monday say no weekday");
  }

  @Test
  void aCrowdedNeighbourhoodRaisesTheBarAndALoneArticleMeetsTheFloor() {
    // a, b, c, d and a lone e: a is close to b and c, d to nobody
    double[][] s = {
        {0, 0.9, 0.7, 0.1, 0.2},
        {0.9, 0, 0.1, 0.1, 0},
        {0.7, 0.1, 0, 0.1, 0},
        {0.1, 0.1, 0.1, 0, 0.2},
        {0.2, 0, 0, 0.2, 0}};
    assertEquals(0.8, Neighbourhoods.scale(s[0], 0, 2, 0.3), 1e-9, "mean of the two best");
    assertEquals(0.3, Neighbourhoods.scale(s[4], 4, 2, 0.3), 1e-9, "at least the floor");
    boolean[][] none = new boolean[5][5];
    double[][] r = Neighbourhoods.relative(s, none, 2, 0.3);
    assertEquals(0.9 / 0.8, r[0][1], 1e-9);
    assertTrue(r[0][4] < r[3][4], "the same 0.2 counts for less next to a crowded article");
    assertEquals(r[0][4], r[4][0]);
    boolean[][] copies = new boolean[5][5];
    copies[0][1] = copies[1][0] = true;
    assertEquals(0.2 / 0.45, Neighbourhoods.relative(s, copies, 2, 0.3)[0][4], 1e-9,
        "a copy leaves a's scale: the mean of 0.7 and 0.2");
  }

  @Test
  void tuningThatWouldDivideByZeroOrInvertASignalIsRefused() {
    for (String[] bad : new String[][] {{"scaleFloor", "0"}, {"gistShrink", "-1"}, {"gistWeight", "-0.5"}}) {
      Properties p = new Properties();
      p.setProperty(bad[0], bad[1]);
      assertThrows(IllegalArgumentException.class, () -> StoryTuning.of(p), bad[0]);
    }
  }

  @Test
  void tuningKeysCanBeReplacedButNotMistyped() {
    Properties p = new Properties();
    p.setProperty("linkThreshold", "0.5");
    assertEquals(0.5, StoryTuning.of(p).linkThreshold());
    p.setProperty("linkTreshold", "0.5");
    assertThrows(IllegalArgumentException.class, () -> StoryTuning.of(p));
  }

  private static EntityMention mention(String name) {
    return new EntityMention(new Span(0, 1), name, name, EntityKind.PERSON);
  }

  private static TimeMention time(String value, TimeMention.Kind kind) {
    return new TimeMention(new Span(0, 1), "t", value, kind);
  }
}
