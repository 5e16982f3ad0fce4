package org.dossier.annotate.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.quotes.Fixtures;
import org.dossier.core.model.Annotation;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventKind;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Quote;
import org.dossier.core.model.Span;
import org.dossier.core.model.TimeMention;
import org.junit.jupiter.api.Test;

class EventRulesTest {
  private static final String[] NAMES = {"Maria Lopez=Maria Lopez:PERSON", "Tom Baker=Tom Baker:PERSON",
      "Veloria=Veloria:LOCATION", "Portmaris=Portmaris:LOCATION", "Agence Nord=Agence Nord:ORGANIZATION"};

  private static List<EventMention> events(String text, List<? extends Annotation> more) {
    List<Annotation> soFar = new ArrayList<>(Fixtures.mentions(text, NAMES));
    soFar.addAll(more);
    return new RuleEventAnnotator().events(Fixtures.article(text, null), soFar);
  }

  private static List<Event> merged(String... texts) {
    List<EventMerger.ArticleEvents> all = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      var article = Fixtures.article(texts[i], null);
      List<Annotation> found = new ArrayList<>(events(texts[i], List.of()));
      all.add(EventMerger.ArticleEvents.of(new AnnotatedArticle(article.withId("x" + i), found)));
    }
    return EventMerger.merge(all);
  }

  @Test
  void theAgentComesFirstAndDecidesWhichReportsMerge() {
    EventMention e = events("Drones were supplied when Veloria supplied Portmaris with drones.", List.of()).get(0);
    assertEquals(List.of("Veloria", "Portmaris"), e.actors());
    EventMention shipped = events("Last year Veloria got drones after Portmaris shipped them.", List.of()).get(0);
    assertEquals(List.of("Portmaris", "Veloria"), shipped.actors());
    assertEquals("Portmaris shipped them", shipped.summary());
    assertEquals("Veloria sent 1,500 troops to Portmaris",
        events("Veloria sent 1,500 troops to Portmaris, Tom Baker said.", List.of()).get(0).summary());
    assertEquals("deployment of troops to the border by Veloria",
        events("The deployment of troops to the border by Veloria, Agence Nord reported.", List.of()).get(0).summary());
    assertEquals("Veloria: deployment of troops along the border",
        events("Veloria, after a long and bitter quarrel with every one of its neighbours, began the deployment of"
            + " troops along the border.", List.of()).get(0).summary(), "an agent far from the trigger leads by name");
    List<Event> events = merged("Veloria supplied Portmaris with drones.", "Portmaris supplied Veloria with grain.",
        "Veloria has supplied Portmaris with shells.");
    assertEquals(2, events.size(), "one direction each: " + events);
    assertEquals(List.of("x0", "x2"), events.get(0).articles());
  }

  @Test
  void oneSpeakersDifferentStatementsStayApart() {
    List<Event> events = merged("Tom Baker condemned the raid.", "Tom Baker rejected the offer.",
        "Tom Baker condemns the raid again.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(List.of("x0", "x2"), events.get(0).articles());
  }

  @Test
  void theObjectTellsTheSenseOfATrigger() {
    assertEquals(EventKind.DEPLOY, events("Veloria sent 300 troops to Portmaris.", List.of()).get(0).kind());
    assertEquals(EventKind.STATEMENT,
        events("Maria Lopez sent a message of thanks to Tom Baker.", List.of()).get(0).kind());
    assertEquals(EventKind.OTHER, events("Agence Nord launched a new flight to Veloria.", List.of()).get(0).kind());
  }

  @Test
  void inReportedWordsTheSourceIsNoActorAndADatelineNoActor() {
    String text = "Portmaris: Veloria attacked Portmaris, Tom Baker said.";
    int open = text.indexOf("Veloria");
    int close = text.indexOf(", Tom");
    Quote q = new Quote(new Span(open, close), text.substring(open, close), "Tom Baker", List.of(),
        new Span(0, text.length()));
    EventMention e = events(text, List.of(q)).get(0);
    assertEquals(EventKind.ATTACK, e.kind());
    assertEquals(List.of("Veloria", "Portmaris"), e.actors(), "neither the speaker nor the dateline");
  }

  @Test
  void aHedgedTriggerDoesNotHideALaterOneOfItsKind() {
    List<EventMention> found = events("Maria Lopez plans to visit Portmaris after she visited Veloria.", List.of());
    assertEquals(1, found.size());
    assertEquals(EventKind.VISIT, found.get(0).kind());
    assertEquals("Veloria", found.get(0).place() == null ? found.get(0).actors().get(1) : found.get(0).place());
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
    assertEquals("Maria Lopez met Tom Baker in Portmaris on Tuesday", e.summary(), "its own words, to the clause end");
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
