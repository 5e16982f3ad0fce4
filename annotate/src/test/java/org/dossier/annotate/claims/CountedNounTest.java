package org.dossier.annotate.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.annotate.nlp.NlpPipeline;
import org.dossier.core.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counted noun by the dependency parse, on sentences of our own (loads the CoreNLP pipeline). */
class CountedNounTest {
  private static List<Quantity> find(String s) {
    return QuantityFinder.find(s, 0, s.length(), Syntax.of(NlpPipeline.shared().parse(s, null)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Officials said nine regional companies were eligible to bid.|9|companies",
      "The outbreak led to 46 of their close contacts being isolated.|46|contacts",
      "The party approved a plan to build two more 5,000-ton class frigates.|2|frigates",
      "The carrier flew 290 passengers in a Boeing 787-9 on Monday.|290|passengers",
      "Smith, 35, said the council had hired 12 inspectors.|12|inspectors",
      "About 200 military personnel remain at the base.|200|personnel",
      "An estimated two million Cambodians and almost 9,000 Laotians fled.|9000|laotians",
      "An estimated two million Cambodians and almost 9,000 Laotians fled.|2000000|cambodians"})
  void countsTheNummodHead(String sentence, double value, String unit) {
    List<Quantity> q = find(sentence).stream().filter(x -> x.value() == value).toList();
    assertEquals(1, q.size(), () -> "one claim of " + value + " expected in '" + sentence + "', got " + find(sentence));
    assertEquals(unit, q.get(0).unit());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Only two committed to that timeline.",
      "One Home Depot refers to the plan.",
      "The office at 118 Depot Street is open on weekdays.",
      "The fund kept pace with the S&P 500 over the same span.",
      "The camp's population is estimated at around 40,000.",
      "Rebels in area 55 left the camp."})
  void aVerbANameOrNothingIsNoUnit(String sentence) {
    assertTrue(find(sentence).isEmpty(), () -> "no claim expected in '" + sentence + "', got " + find(sentence));
  }

  @Test
  void bothEndsOfARangeCountTheSameNoun() {
    List<Quantity> q = find("Between 40 and 60 people attended the rally.");
    assertEquals(List.of(40.0, 60.0), q.stream().map(Quantity::value).toList());
    assertEquals(List.of("people", "people"), q.stream().map(Quantity::unit).toList());
    assertEquals(List.of(Qualifier.AT_LEAST, Qualifier.AT_MOST), q.stream().map(Quantity::qualifier).toList());
  }

  @Test
  void aModelAfterACountIsNoSecondClaim() {
    List<Quantity> q = find("The airline ordered 400 737 Max jets and eight 787-9 jets.");
    assertEquals(List.of(400.0, 8.0), q.stream().map(Quantity::value).toList());
    assertTrue(q.stream().allMatch(x -> x.unit().equals("jets")));
  }

  @Test
  void longSentencesStayBounded() {
    String s = "The 12 teams scored 3 goals, 14 assists and 9 saves in 2 games, ".repeat(40) + "officials said.";
    List<Quantity> q = find(s);
    assertTrue(q.size() <= 40 * 6);
    assertTrue(q.stream().allMatch(x -> x.unit() != null));
  }
}
