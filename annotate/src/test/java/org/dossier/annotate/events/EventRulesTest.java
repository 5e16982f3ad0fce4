package org.dossier.annotate.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.quotes.Fixtures;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.Event;
import org.dossier.core.model.EventKind;
import org.dossier.core.model.EventMention;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Role;
import org.dossier.core.model.Span;
import org.dossier.core.model.TimeMention;
import org.dossier.core.pipeline.AnnotatedArticle;
import org.junit.jupiter.api.Test;

class EventRulesTest {
  private static final String[] NAMES = {"Maria Lopez=Maria Lopez:PERSON", "Tom Baker=Tom Baker:PERSON",
      "Veloria=Veloria:LOCATION", "Portmaris=Portmaris:LOCATION", "Agence Nord=Agence Nord:ORGANIZATION",
      "Harbour Police=Harbour Police:ORGANIZATION", "Lundmark=Lundmark:LOCATION"};

  private static List<EventMention> events(String text, List<? extends Annotation> more) {
    return events(Fixtures.article(text, null), more);
  }

  private static List<EventMention> events(Article article, List<? extends Annotation> more) {
    List<Annotation> soFar = new ArrayList<>(Fixtures.mentions(article.text(), NAMES));
    soFar.addAll(more);
    return new RuleEventAnnotator().events(article, soFar);
  }

  private static List<EventMention> of(List<EventMention> found, EventKind kind) {
    return found.stream().filter(e -> e.kind() == kind).toList();
  }

  private static TimeMention time(String text, String word, String value) {
    int at = text.indexOf(word);
    return new TimeMention(new Span(at, at + word.length()), word, value, TimeMention.Kind.DATE);
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
  void anArrestIsAHappeningOfNoContractKindWithAgentThenPatientAndItsDate() {
    String text = "Harbour Police arrested the mayor, Tom Baker, on Tuesday.";
    List<EventMention> found = events(text, List.of(time(text, "Tuesday", "2025-03-04")));
    assertEquals(1, found.size(), found.toString());
    EventMention arrest = found.get(0);
    assertEquals(EventKind.OTHER, arrest.kind());
    assertEquals(List.of("Harbour Police", "Tom Baker"), arrest.actors(), "the agent, then the patient");
    assertEquals(PartialDate.parse("2025-03-04"), arrest.date());
    EventMention passive = events("Tom Baker was arrested by Harbour Police.", List.of()).get(0);
    assertEquals(List.of("Harbour Police", "Tom Baker"), passive.actors(), "the passive's 'by' names the agent");
  }

  @Test
  void aChargeOfVisitingIsNoVisit() {
    List<EventMention> found = events("Tom Baker was charged with visiting a common nuisance in Veloria.", List.of());
    assertTrue(of(found, EventKind.VISIT).isEmpty(), found.toString());
    assertEquals(List.of("Tom Baker"), of(found, EventKind.OTHER).get(0).actors(), "the charge is the happening");
  }

  @Test
  void pursuingAnAgreementIsNoAgreementButSigningOneIs() {
    assertTrue(of(events("Talks aimed at pursuing an agreement between Veloria and Portmaris ended on Friday.",
        List.of()), EventKind.AGREE).isEmpty());
    assertTrue(of(events("Veloria is seeking an agreement with Portmaris.", List.of()), EventKind.AGREE).isEmpty());
    EventMention signed = of(events("Veloria signed an agreement with Portmaris.", List.of()), EventKind.AGREE).get(0);
    assertEquals(List.of("Veloria", "Portmaris"), signed.actors());
  }

  @Test
  void theObjectTellsTheSenseOfATrigger() {
    assertEquals(List.of(EventKind.STATEMENT),
        events("Maria Lopez sent a message to Tom Baker.", List.of()).stream().map(EventMention::kind).toList(),
        "a message sent is no deployment");
    assertEquals(EventKind.DEPLOY, events("Veloria sent 300 troops to Portmaris.", List.of()).get(0).kind());
    assertEquals(EventKind.LAUNCH, events("Agence Nord launched a new phone on Monday.", List.of()).get(0).kind());
    assertEquals(EventKind.LAUNCH, events("Veloria launched a missile toward the sea.", List.of()).get(0).kind());
    assertEquals(EventKind.OTHER, events("Agence Nord launched a new flight to Veloria.", List.of()).get(0).kind());
    assertEquals(EventKind.ATTACK, events("Veloria launched an invasion of Portmaris.", List.of()).get(0).kind());
  }

  @Test
  void aPlaceThatIsTheActorsHomeIsNeitherActorNorPlace() {
    String text = "A Lundmark man, Tom Baker, pleaded guilty in Veloria on Monday.";
    EventMention plea = events(text, List.of()).stream().filter(e -> e.trigger().of(text).equals("pleaded"))
        .findFirst().orElseThrow();
    assertEquals(List.of("Tom Baker"), plea.actors());
    assertEquals("Veloria", plea.place());
  }

  @Test
  void theHeadlinesHappeningInTheLeadIsAnEventDatedByTheArticle() {
    String text = "Tom Baker pleaded guilty to fraud, his lawyer said.\n\nHe will be sentenced in May.";
    Article article = new Article("a1", "p", Role.MAIN, null, null, "Lundmark man pleads guilty to fraud", List.of(),
        PartialDate.parse("2025-03-05T10:00"), "en", text, List.of(new Span(0, text.length())));
    EventMention plea = events(article, List.of()).get(0);
    assertEquals(EventKind.OTHER, plea.kind());
    assertEquals(List.of("Tom Baker"), plea.actors());
    assertEquals(PartialDate.parse("2025-03-05"), plea.date(), "the day of the report");
    assertTrue(events(article, List.of()).stream().noneMatch(e -> e.trigger().of(text).equals("sentenced")),
        "what will happen is no event");
  }

  @Test
  void aGameResultNamesBothSides() {
    EventMention win = events("Veloria beat Portmaris 2-1 in the final.", List.of()).get(0);
    assertEquals(EventKind.OTHER, win.kind());
    assertEquals(List.of("Veloria", "Portmaris"), win.actors());
    String text = "Maria Lopez won the final on Sunday, beating Tom Baker in three sets.";
    EventMention beating = events(text, List.of()).stream().filter(e -> e.trigger().of(text).equals("beating"))
        .findFirst().orElseThrow();
    assertEquals(List.of("Maria Lopez", "Tom Baker"), beating.actors(), "the participle's subject is the clause's");
  }

  @Test
  void aPronounInReportedSpeechStandsForTheSpeaker() {
    EventMention sent = of(events("Veloria confirmed that it had sent troops to Portmaris.", List.of()),
        EventKind.DEPLOY).get(0);
    assertEquals(List.of("Veloria", "Portmaris"), sent.actors());
  }

  @Test
  void aCapitalOrANationalityTakingPartStandsForItsState() {
    String text = "Pyongyang sent troops to Portmaris.";
    List<Annotation> more = List.of(new org.dossier.core.model.EntityMention(new Span(0, 9), "Pyongyang", "Pyongyang",
        org.dossier.core.model.EntityKind.LOCATION));
    assertEquals(List.of("North Korea", "Portmaris"), events(text, more).get(0).actors());
    EventMention deported = events("Portmaris deported 300 Indians last week.", List.of()).get(0);
    assertEquals(List.of("Portmaris", "India"), deported.actors());
    assertEquals(List.of("Tom Baker"), events("Tom Baker, an American, resigned on Friday.", List.of()).get(0).actors(),
        "a nationality describing a named actor is no party");
  }

  @Test
  void theAgentComesFirstAndDecidesWhichReportsMerge() {
    EventMention shipped = events("Last year Portmaris shipped drones to Veloria.", List.of()).get(0);
    assertEquals(List.of("Portmaris", "Veloria"), shipped.actors());
    assertEquals("Portmaris shipped drones to Veloria", shipped.summary());
    List<Event> events = merged("Veloria supplied Portmaris with drones.", "Portmaris supplied Veloria with grain.",
        "Veloria supplied Portmaris with shells.");
    assertEquals(2, events.size(), "one direction each: " + events);
    assertEquals(List.of("x0", "x2"), events.get(0).articles());
  }

  @Test
  void oneSpeakersDifferentStatementsStayApartAndOnesArrestAndPleaToo() {
    List<Event> events = merged("Tom Baker condemned the raid.", "Tom Baker rejected the offer.",
        "Tom Baker condemns the raid again.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(List.of("x0", "x2"), events.get(0).articles());
    assertEquals(2, merged("Harbour Police arrested Tom Baker.", "Tom Baker pleaded guilty.").size());
  }

  @Test
  void plannedDeniedOrUnnamedHappeningsAreNoEvents() {
    assertTrue(events("Maria Lopez plans to visit Veloria next month.", List.of()).isEmpty());
    assertTrue(events("Maria Lopez will meet Tom Baker.", List.of()).isEmpty());
    assertTrue(events("Maria Lopez did not meet Tom Baker.", List.of()).isEmpty());
    assertTrue(events("Veloria denied that it supplied drones to Portmaris.", List.of()).stream()
        .noneMatch(e -> e.kind() == EventKind.TRANSFER));
    assertTrue(events("Officials met behind closed doors.", List.of()).isEmpty(), "no named actor");
  }

  @Test
  void meetingWithActorsPlaceAndDate() {
    String text = "Maria Lopez met Tom Baker in Portmaris on Tuesday, Agence Nord reported.";
    EventMention e = of(events(text, List.of(time(text, "Tuesday", "2025-03-04"))), EventKind.MEET).get(0);
    assertEquals(List.of("Maria Lopez", "Tom Baker"), e.actors(), "no relay among the actors");
    assertEquals("Portmaris", e.place());
    assertEquals(PartialDate.parse("2025-03-04"), e.date());
    assertEquals("Maria Lopez met Tom Baker in Portmaris on Tuesday", e.summary(), "its own words, to the clause end");
  }

  @Test
  void aDateOfAnotherClauseIsNotTheHappenings() {
    String text = "Tom Baker, who was arrested in April, met Maria Lopez.";
    EventMention met = of(events(text, List.of(time(text, "April", "2025-04"))), EventKind.MEET).get(0);
    assertNull(met.date());
  }

  @Test
  void longSentencesAndListsOfNamesStayBounded() {
    StringBuilder b = new StringBuilder("Maria Lopez met");
    for (int i = 0; i < 150; i++) b.append(i % 2 == 0 ? " Tom Baker," : " Agence Nord and");
    b.append(" Veloria.");
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      List<EventMention> found = events(b.toString(), List.of());
      assertFalse(found.isEmpty());
      assertTrue(found.get(0).actors().size() <= 4, found.get(0).actors().toString());
    });
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
