package org.dossier.annotate.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.core.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number reading and claim rules on sentences of our own; no model is loaded. */
class QuantityFinderTest {
  private static List<Quantity> find(String s) {
    return QuantityFinder.find(s, 0, s.length());
  }

  private static Quantity only(String s) {
    List<Quantity> q = find(s);
    assertEquals(1, q.size(), () -> "expected one quantity in '" + s + "', got " + q);
    return q.get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The army fired 9 million shells.|9000000|shells",
      "They ordered two more vessels.|2|vessels",
      "It bought a 5,000-ton freighter.|5000|tons",
      "A 4.7-kilometer tunnel opened.|4.7|kilometers",
      "The firm paid $75 million for it.|75000000|dollars",
      "the bank sold $ 1.2 billion of bonds .|1200000000|dollars",
      "Prices rose 15% in a year.|15|percent",
      "Turnout reached 61 per cent.|61|percent",
      "A 11-country group met.|11|countries",
      "The trip took eight hours.|8|hours",
      "It was 30 degrees celsius outside.|30|degrees celsius",
      "The dispute lasted 29 years.|29|years",
      "sales were 0 . 6 % lower .|0.6|percent",
      "It covers 190 square kilometers.|190|square kilometers",
      "the fine was thirteen dollars forty-five cents.|13.45|dollars",
      "They counted one hundred and sixty-one votes.|161|votes",
      "It weighs 10k tonnes.|10000|tons",
      "Officials said three coast guard cutters sailed past.|3|cutters",
      "About 200 people gathered in the square.|200|people"})
  void readsValueAndUnit(String sentence, double value, String unit) {
    Quantity q = only(sentence);
    assertEquals(value, q.value(), Math.abs(value) * 1e-9);
    assertEquals(unit, q.unit());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "the levy is two hundred and five eighths of a cent|200.625",
      "ten and one and one thirds|11.333333333",
      "one hundred forty-sixths|2.173913043",
      "two one hundred seventh|0.018691589",
      "one hundred and forty sevenths|20",
      "eighty - four hundred sevenths|1200",
      "four twenty-firsts|0.19047619",
      "two hundred and three dozen eggs|236",
      "half a dozen drones|6",
      "a 2MM order|2000000",
      "shares fell - 15 k|-15000"})
  void readsCompoundFractionsAndScales(String sentence, double value) {
    assertEquals(value, firstNumber(sentence), Math.abs(value) * 1e-6);
  }

  /** The value of the first number NumberReader reads in the text (bare numbers are no claims, but are read). */
  private static double firstNumber(String s) {
    List<Tok> t = Tok.of(s, 0, s.length());
    for (int i = 0; i < t.size(); i++) {
      NumberReader.Read r = NumberReader.read(t, i, false);
      if (r != null) return r.value();
    }
    throw new AssertionError("no number in '" + s + "'");
  }

  @Test
  void spacedDashBetweenNumbersIsNoSign() {
    assertEquals(List.of(10.0, 20.0), find("between 10 - 20 boats").stream().map(Quantity::value).toList());
  }

  @Test
  void lowerCaseMmStaysMillimetres() {
    assertEquals(5, only("a 5 mm gap").value(), 1e-9);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "It fired as many as 300 rockets.|UP_TO",
      "It fired up to 300 rockets.|UP_TO",
      "It fired at least 300 rockets.|AT_LEAST",
      "It fired about 300 rockets.|APPROX",
      "It fired more than 300 rockets.|MORE_THAN",
      "It fired over 300 rockets.|MORE_THAN",
      "It fired fewer than 300 rockets.|LESS_THAN",
      "It will be done within 18 months.|AT_MOST",
      "It fired 300 rockets.|EXACT"})
  void readsHedges(String sentence, Qualifier qualifier) {
    assertEquals(qualifier, only(sentence).qualifier());
  }

  @Test
  void ellipticalNumberTakesThePreviousUnit() {
    List<Quantity> q = find("It sent 8,000 soldiers last year, and another 2,500 this spring.");
    assertEquals(2, q.size());
    assertEquals("soldiers", q.get(1).unit());
    assertEquals(2500, q.get(1).value());
  }

  @Test
  void nestedMeasureIsItsOwnClaim() {
    List<Quantity> q = find("It will build two more 3,000-ton frigates.");
    assertEquals(List.of(2.0, 3000.0), q.stream().map(Quantity::value).toList());
    assertEquals("tons", q.get(1).unit());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The meeting was held on May 21 in the capital.",
      "The plant opened on 20 June after delays.",
      "The flight left at 7:25 p.m. on Sunday.",
      "Troops arrived in 2023 and stayed.",
      "Delivery is due by mid-2026.",
      "It supplied 122 mm and 152 mm artillery shells.",
      "The airline flies a Boeing 777 on the route.",
      "2 min read",
      "It was the 21st summit of the bloc.",
      "It was the first time the two countries met.",
      "No one was hurt."})
  void excludesDatesClocksCalibresModelsAndFurniture(String sentence) {
    assertTrue(find(sentence).isEmpty(), () -> "no claim expected in '" + sentence + "', got " + find(sentence));
  }

  @Test
  void conversionInBracketsIsNotASecondClaim() {
    List<Quantity> q = find("A 10-kilometer (6-mile) road was built.");
    assertEquals(1, q.size());
    assertEquals(10, q.get(0).value());
  }

  @Test
  void tablesOfNumbersAndHugeInputStayBounded() {
    String table = "12 34 56 78 90 | 1,2,3 ; 4.5.6 -- $ $ $ % % ".repeat(3_000);
    assertTrue(find(table).size() < 100_000);
    assertTrue(find("").isEmpty());
  }
}
