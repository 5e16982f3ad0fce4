package org.dossier.annotate.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.quotes.Fixtures;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventKind;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Span;
import org.dossier.core.model.TimeMention;
import org.junit.jupiter.api.Test;

class EventRulesTest {
  private static final String[] NAMES = {"Maria Lopez=Maria Lopez:PERSON", "Tom Baker=Tom Baker:PERSON",
      "Veloria=Veloria:LOCATION", "Portmaris=Portmaris:LOCATION", "Agence Nord=Agence Nord:ORGANIZATION"};

  private static List<EventMention> events(String text, List<TimeMention> times) {
    List<Annotation> soFar = new ArrayList<>(Fixtures.mentions(text, NAMES));
    soFar.addAll(times);
    return new RuleEventAnnotator().events(Fixtures.article(text, null), soFar);
  }

  @Test
  void meetingWithActorsPlaceAndDate() {
    String text = "Maria Lopez met Tom Baker in Portmaris on Tuesday, Agence Nord reported.";
    int at = text.indexOf("Tuesday");
    TimeMention tuesday = new TimeMention(new Span(at, at + 7), "Tuesday", "2025-03-04", TimeMention.Kind.DATE);
    EventMention e = events(text, List.of(tuesday)).get(0);
    assertEquals(EventKind.MEET, e.kind());
    assertEquals(List.of("Maria Lopez", "Tom Baker"), e.actors());
    assertEquals("Portmaris", e.place());
    assertEquals(PartialDate.parse("2025-03-04"), e.date());
    assertEquals("Maria Lopez met Tom Baker in Portmaris", e.summary());
  }

  @Test
  void plannedOrSuspectedHappeningsAreNoEvents() {
    assertTrue(events("Maria Lopez plans to visit Veloria next month.", List.of()).isEmpty());
    assertTrue(events("Veloria is suspected of supplying drones to rebels.", List.of()).isEmpty());
    assertTrue(events("Officials met behind closed doors.", List.of()).isEmpty()); // no named actor
  }

  @Test
  void weekTimexBecomesItsMonth() {
    assertEquals(PartialDate.ofMonth(2024, 1), EventDates.of("2024-W02"));
    assertNull(EventDates.of("P3D"));
  }

  @Test
  void mergerJoinsSameKindSharedActorCompatibleDates() {
    EventMention a = mention(EventKind.TRANSFER, List.of("Veloria", "Portmaris"), PartialDate.ofYear(2024));
    EventMention b = mention(EventKind.TRANSFER, List.of("Veloria"), PartialDate.parse("2024-05-02"));
    EventMention c = mention(EventKind.TRANSFER, List.of("Veloria"), PartialDate.ofYear(2019));
    EventMention d = mention(EventKind.MEET, List.of("Veloria"), null);
    List<Event> merged = EventMerger.merge(List.of(
        new EventMerger.ArticleEvents("x1", List.of(a, d)), new EventMerger.ArticleEvents("x2", List.of(b, c))));
    assertEquals(3, merged.size());
    Event transfer = merged.get(0);
    assertEquals(List.of("x1", "x2"), transfer.articles());
    assertEquals(PartialDate.parse("2024-05-02"), transfer.date());
    assertEquals(merged, EventMerger.merge(List.of(
        new EventMerger.ArticleEvents("x1", List.of(a, d)), new EventMerger.ArticleEvents("x2", List.of(b, c)))));
  }

  private static EventMention mention(EventKind kind, List<String> actors, PartialDate date) {
    return new EventMention(new Span(0, 10), kind, new Span(0, 4), actors, date, null, actors.get(0) + " did it");
  }
}
