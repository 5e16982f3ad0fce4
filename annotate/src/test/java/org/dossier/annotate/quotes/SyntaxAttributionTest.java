package org.dossier.annotate.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.core.model.Quote;
import org.junit.jupiter.api.Test;

/** Speakers read from the dependency parse: each pattern with the trap it must avoid. */
class SyntaxAttributionTest {
  private static final String[] NAMES = {
      "Dana Whitfield=Dana Whitfield:PERSON", "Whitfield=Dana Whitfield:PERSON",
      "Marcus Oyelaran=Marcus Oyelaran:PERSON", "Oyelaran=Marcus Oyelaran:PERSON",
      "Greta Lindqvist=Greta Lindqvist:PERSON", "Lindqvist=Greta Lindqvist:PERSON",
      "Paul Brenner=Paul Brenner:PERSON", "Brenner=Paul Brenner:PERSON",
      "Halvorsen Freight=Halvorsen Freight:ORGANIZATION", "Reuters=Reuters:ORGANIZATION",
      "Northgate Power=Northgate Power:ORGANIZATION", "Valmont Prosecution Office=Valmont Prosecution Office:ORGANIZATION",
      "Daily Ledger=Daily Ledger:ORGANIZATION", "Valmont=Valmont:LOCATION"};

  private static List<Quote> quotes(String text) {
    return new RuleQuoteAnnotator().quotes(Fixtures.article(text, "The Courier"),
        new Mentions(Fixtures.mentions(text, NAMES)));
  }

  private static Quote quote(List<Quote> all, String start) {
    return all.stream().filter(q -> q.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting '" + start + "' in " + all));
  }

  @Test
  void theAddresseeOfToldIsNeverTheSpeaker() {
    List<Quote> q = quotes("Dana Whitfield told Marcus Oyelaran that the depot \"will close in March.\"");
    assertEquals("Dana Whitfield", quote(q, "will close").speaker());
  }

  @Test
  void aThreatIsCreditedToWhoMadeItNotItsTarget() {
    List<Quote> q = quotes("Paul Brenner was charged over a call to Whitfield's office, in which he said he would "
        + "\"make her pay for it.\"");
    assertEquals("Paul Brenner", quote(q, "make her pay").speaker());
  }

  @Test
  void heSaidAfterAManAndAWomanGoesToTheMan() {
    List<Quote> q = quotes("Greta Lindqvist met Paul Brenner at the harbour on Friday. \"The cranes are too old,\" "
        + "he said.");
    assertEquals("Paul Brenner", quote(q, "The cranes").speaker());
  }

  @Test
  void sheSaidSkipsTheManNamedInsideTheQuote() {
    List<Quote> q = quotes("Greta Lindqvist, the union's lawyer, spoke to the Daily Ledger on Monday. "
        + "\"Paul Brenner regrets what he did,\" she said.");
    assertEquals("Greta Lindqvist", quote(q, "Paul Brenner regrets").speaker());
  }

  @Test
  void anAppositiveDoesNotStealTheSubject() {
    List<Quote> q = quotes("Marcus Oyelaran, a senior analyst at Halvorsen Freight, said the routes were "
        + "\"no longer profitable.\"");
    assertEquals("Marcus Oyelaran", quote(q, "no longer").speaker());
  }

  @Test
  void anInvertedSpeakerWithATitleSpeaks() {
    List<Quote> q = quotes("\"Orders have never been this strong,\" said chief executive Dana Whitfield in a "
        + "statement.");
    assertEquals("Dana Whitfield", quote(q, "Orders").speaker());
  }

  @Test
  void toldReutersIsARelayAndTheSpeakerStays() {
    List<Quote> q = quotes("Marcus Oyelaran told Reuters that the strike \"could last for weeks.\"");
    Quote s = quote(q, "could last");
    assertEquals("Marcus Oyelaran", s.speaker());
    assertEquals(List.of("Reuters"), s.via());
  }

  @Test
  void accordingToNamesTheSource() {
    List<Quote> q = quotes("Power bills rose by a fifth in the winter, according to Northgate Power.");
    assertEquals("Northgate Power", quote(q, "Power bills").speaker());
  }

  @Test
  void aSpokespersonForAnOrganisationIsTheOrganisation() {
    List<Quote> q = quotes("A spokesperson for Halvorsen Freight said the ships \"were never at risk.\"");
    assertEquals("Halvorsen Freight", quote(q, "were never").speaker());
  }

  @Test
  void aVagueGroupIsNobodyNamed() {
    List<Quote> q = quotes("Paul Brenner runs the port. Officials said the port \"will reopen soon.\"");
    assertNull(quote(q, "will reopen").speaker());
  }

  @Test
  void aNamedGroupKeepsItsOrganisation() {
    List<Quote> q = quotes("Northgate Power officials said the outage \"was caused by the storm.\"");
    assertEquals("Northgate Power", quote(q, "was caused").speaker());
  }

  @Test
  void prosecutorsResolveToTheProsecutionOffice() {
    List<Quote> q = quotes("The Valmont Prosecution Office opened a case in May. Prosecutors said the evidence "
        + "\"does not support a charge.\"");
    assertEquals("Valmont Prosecution Office", quote(q, "does not support").speaker());
  }

  @Test
  void aPersonPronounNeverResolvesToAnOrganisation() {
    List<Quote> q = quotes("Halvorsen Freight cut its fleet on Monday. \"We had no choice,\" he said.");
    assertTrue(q.isEmpty() || !"Halvorsen Freight".equals(quote(q, "We had").speaker()));
  }

  @Test
  void aQuoteInterruptedByItsAttributionKeepsTheSpeakerOnBothSides() {
    List<Quote> q = quotes("Marcus Oyelaran spoke after the vote. \"We lost,\" said Greta Lindqvist, \"but we will be "
        + "back.\"");
    assertEquals("Greta Lindqvist", quote(q, "We lost").speaker());
    assertEquals("Greta Lindqvist", quote(q, "but we will").speaker());
  }

  @Test
  void wasQuotedAsSayingGivesTheQuotedPersonAndTheRelay() {
    List<Quote> q = quotes("\"The line is safe,\" Dana Whitfield was quoted as saying by Reuters.");
    Quote s = quote(q, "The line");
    assertEquals("Dana Whitfield", s.speaker());
    assertEquals(List.of("Reuters"), s.via());
  }

  @Test
  void inAStatementTheSubjectStillSpeaks() {
    List<Quote> q = quotes("In a statement, Northgate Power said the plant \"will run through the winter.\"");
    assertEquals("Northgate Power", quote(q, "will run").speaker());
  }

  @Test
  void theOutletItselfIsNeverARelay() {
    List<Quote> q = new RuleQuoteAnnotator().quotes(Fixtures.article(
        "Marcus Oyelaran told the Daily Ledger that the yard \"is finished.\"", "Daily Ledger"),
        new Mentions(Fixtures.mentions("Marcus Oyelaran told the Daily Ledger that the yard \"is finished.\"", NAMES)));
    Quote s = quote(q, "is finished");
    assertEquals("Marcus Oyelaran", s.speaker());
    assertEquals(List.of(), s.via());
  }

  @Test
  void aQuotationOverParagraphsContinuesItsSpeaker() {
    List<Quote> q = quotes("Greta Lindqvist said: \"The first ships leave in May.\n\n\"The rest follow when the ice "
        + "has gone.\"");
    assertEquals("Greta Lindqvist", quote(q, "The first ships").speaker());
    assertEquals("Greta Lindqvist", quote(q, "The rest follow").speaker());
  }

  @Test
  void aQuestionEndingTheQuoteTakesTheAttributionAfterIt() {
    List<Quote> q = quotes("Paul Brenner met the council on Monday. \"Who pays for the dredging?\" Lindqvist said. "
        + "\"Nobody has told us.\"");
    assertEquals("Greta Lindqvist", quote(q, "Who pays").speaker());
    assertEquals("Greta Lindqvist", quote(q, "Nobody has").speaker());
  }

  @Test
  void aScareQuotedTermIsNoQuote() {
    List<Quote> q = quotes("The so-called \"harbour tax\" has been debated for years.");
    assertTrue(q.stream().noneMatch(x -> x.text().equals("harbour tax")), q.toString());
  }

  @Test
  void aSheAfterAWomanAndAManNamedLaterGoesToTheWoman() {
    List<Quote> q = quotes("Greta Lindqvist questioned Paul Brenner for an hour. \"He had no answers,\" she said.");
    assertEquals("Greta Lindqvist", quote(q, "He had no").speaker());
  }

  @Test
  void aNameAndAColonLabelTheQuotedWords() {
    List<Quote> q = quotes("Lindqvist: Harbour fees \"will double by spring\"");
    assertEquals("Greta Lindqvist", quote(q, "will double").speaker());
  }

  @Test
  void aColonIntroductionCarriesIntoTheQuotationThatFollows() {
    List<Quote> q = quotes("Paul Brenner spoke first. In a statement, Northgate Power said:\n\n\"The grid held up through "
        + "the storm.\"");
    assertEquals("Northgate Power", quote(q, "The grid held").speaker());
  }

  @Test
  void anAgeStandsForThePersonNamedBefore() {
    List<Quote> q = quotes("Paul Brenner was released on Monday. \"I am glad it is over,\" the 52-year-old said.");
    assertEquals("Paul Brenner", quote(q, "I am glad").speaker());
  }
}
