package org.dossier.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.core.model.Quote;
import org.junit.jupiter.api.Test;

class RuleQuoteAnnotatorTest {
  private static final String[] NAMES = {
      "Maria Lopez=Maria Lopez:PERSON", "Lopez=Maria Lopez:PERSON", "Tom Baker=Tom Baker:PERSON",
      "Baker=Tom Baker:PERSON", "Agence Nord=Agence Nord:ORGANIZATION", "Wire Daily=Wire Daily:ORGANIZATION",
      "Ministry of Ports=Ministry of Ports:ORGANIZATION", "Veloria=Veloria:LOCATION",
      "Harbor Institute=Harbor Institute:ORGANIZATION", "Costa News Agency=Costa News Agency:ORGANIZATION"};

  private static List<Quote> quotes(String text) {
    return new RuleQuoteAnnotator().quotes(Fixtures.article(text, "The Courier"),
        new Mentions(Fixtures.mentions(text, NAMES)));
  }

  @Test
  void relayChainNearestFirst() {
    List<Quote> q = quotes("Maria Lopez said the port would \"reopen within weeks,\" Agence Nord reported, "
        + "according to Wire Daily.");
    Quote fragment = q.stream().filter(x -> x.text().equals("reopen within weeks")).findFirst().orElseThrow();
    assertEquals("Maria Lopez", fragment.speaker());
    assertEquals(List.of("Agence Nord", "Wire Daily"), fragment.via());
  }

  @Test
  void quotedAsSayingPutsTheQuotedSpeakerFirst() {
    List<Quote> q = quotes("The harbour will be expanded next year, Wire Daily quoted Agence Nord as saying.");
    assertEquals(1, q.size());
    assertEquals("The harbour will be expanded next year", q.get(0).text());
    assertEquals("Agence Nord", q.get(0).speaker());
    assertEquals(List.of("Wire Daily"), q.get(0).via());
  }

  @Test
  void accordingToAttributesAReportedStatement() {
    List<Quote> q = quotes("Cargo traffic fell by a third last year, according to the Harbor Institute.");
    assertEquals("Cargo traffic fell by a third last year", q.get(0).text());
    assertEquals("Harbor Institute", q.get(0).speaker());
  }

  @Test
  void aPreposedAccordingToEndsAtItsCommaAndThousandsStayInTheClause() {
    List<Quote> q = quotes("The Harbor Institute published its survey on Monday. According to the agency, Port Vella "
        + "handled 14,500 containers in May, a record.");
    assertTrue(q.stream().noneMatch(x -> x.text().startsWith("500")), "a thousands comma is no clause boundary");
    assertTrue(q.stream().noneMatch(x -> "Port Vella".equals(x.speaker())), "the source ends at the comma");
    Quote clause = q.stream().filter(x -> x.text().startsWith("Port Vella handled 14,500")).findFirst().orElseThrow();
    assertTrue(clause.text().contains("14,500 containers"));
    assertEquals("Harbor Institute", clause.speaker(), "the agency is the organisation named before");
  }

  @Test
  void anIndefiniteSourceIsNobodyNamedBefore() {
    List<Quote> q = quotes("Mayor Elin Dahl opened the bridge on Monday. According to an official, the bridge "
        + "cost far more than planned.");
    assertTrue(q.stream().noneMatch(x -> "Elin Dahl".equals(x.speaker())), "an official is someone new: " + q);
  }

  @Test
  void pronounAndSubjectBeforeQuoteResolveToNamedPeople() {
    List<Quote> q = quotes("Tom Baker visited the docks on Monday. \"We are ready,\" he said. "
        + "Lopez \"welcomed the decision,\" Agence Nord said.");
    assertEquals("Tom Baker", q.get(0).speaker());
    Quote welcomed = q.stream().filter(x -> x.text().startsWith("welcomed")).findFirst().orElseThrow();
    assertEquals("Maria Lopez", welcomed.speaker());
    assertEquals(List.of("Agence Nord"), welcomed.via());
  }

  @Test
  void organisationsAndMediaDescriptorsSpeak() {
    List<Quote> q = quotes("The Ministry of Ports said it would hire 200 inspectors. Ports will close early, "
        + "state media reported, citing the Costa News Agency.");
    assertEquals("Ministry of Ports", q.get(0).speaker());
    assertEquals("it would hire 200 inspectors", q.get(0).text());
    assertEquals("Costa News Agency", q.get(1).speaker());
  }

  @Test
  void secondSpeakerInTheSameSentenceGetsHisOwnStatement() {
    List<Quote> q = quotes("The Ministry of Ports said it would hire 200 inspectors, with Tom Baker vowing "
        + "to build two new docks next year as part of the plan.");
    assertEquals(2, q.size(), q.toString());
    assertEquals("Ministry of Ports", q.get(0).speaker());
    assertEquals(List.of(), q.get(0).via());
    assertEquals("to build two new docks next year", q.get(1).text());
    assertEquals("Tom Baker", q.get(1).speaker());
    assertEquals(List.of(), q.get(1).via());
  }

  @Test
  void sharedSurnameStaysWithThePersonWhoSpoke() {
    String text = "Ana Silva said the vote was rigged. Her brother, Rui Silva, was arrested. "
        + "\"We will appeal,\" Ms. Silva said.";
    List<Quote> q = new RuleQuoteAnnotator().quotes(Fixtures.article(text, null), new Mentions(Fixtures.mentions(text,
        "Ana Silva=Ana Silva:PERSON", "Rui Silva=Rui Silva:PERSON", "Silva=Rui Silva:PERSON")));
    Quote appeal = q.stream().filter(x -> x.text().equals("We will appeal")).findFirst().orElseThrow();
    assertEquals("Ana Silva", appeal.speaker());
  }

  @Test
  void unnamedSpeakersStayUnattributed() {
    List<Quote> q = quotes("Analysts said the deal could collapse before the summer.");
    assertEquals(1, q.size());
    assertNull(q.get(0).speaker());
  }

  @Test
  void scareQuotesAroundANameAreNoQuote() {
    assertTrue(quotes("The ship, nicknamed \"Sea Star\", left Veloria.").isEmpty());
  }

  @Test
  void messyInputNeverThrowsAndStaysBounded() {
    String huge = "\"Lopez said " + "the port grew, ".repeat(5_000) + "\u201c and Baker said that";
    List<Quote> q = quotes(huge);
    assertTrue(q.stream().allMatch(x -> x.span().end() <= huge.length()));
    assertTrue(quotes("").isEmpty());
    assertTrue(quotes("\"\"\"''‘’“”").isEmpty());
  }
}
