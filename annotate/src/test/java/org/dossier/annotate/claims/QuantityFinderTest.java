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
      "About 200 people gathered in the square.|200|people",
      "The four attempts cost him dearly.|4|attempts"})
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

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The Boeing 787-9 carried 290 passengers.|290|passengers",
      "The carrier ordered 12 A350-900 freighters.|12|freighters",
      "Engineers inspected the 787-9 and found 14 cracks.|14|cracks",
      "Their F-16 jets flew 30 sorties.|30|sorties",
      "The T3 terminal handled 4,000 travellers.|4000|travellers",
      "Police questioned Smith, 35, and arrested 11 suspects.|11|suspects",
      "Patients aged 26 or older made up 77 percent of the sample.|77|percent",
      "Patients aged 55 or older infected 3 relatives.|3|relatives",
      "The 55-year-old hunter infected 3 relatives.|3|relatives",
      "The store at 118 Depot Street sold 40 bicycles.|40|bicycles",
      "Call (555) 555-0148 to book one of 20 seats.|20|seats",
      "Rebels in area 55 freed 30 hostages.|30|hostages",
      "The iPhone 11 sold 37 million units.|37000000|units",
      "Since 9/11 the agency hired 900 analysts.|900|analysts",
      "The 7-Eleven chain opened 15 stores.|15|stores",
      "Using 5G towers, the firm reached 2,000 villages.|2000|villages",
      "The index fell 3% in the 1990s.|3|percent",
      "At one point the team led by 14 points.|14|points",
      "Researchers found one long chapter and 16 letters.|16|letters"})
  void leavesOutNamesCodesAgesAndIdioms(String sentence, double value, String unit) {
    Quantity q = only(sentence);
    assertEquals(value, q.value(), Math.abs(value) * 1e-9);
    assertEquals(unit, q.unit());
  }

  @Test
  void digitsAreNotJoinedAcrossAModelName() {
    Quantity q = only("The airline ordered 400 737 Max jets.");
    assertEquals(400, q.value());
    assertTrue(find("It bought 40 000 tonnes of grain.").stream().anyMatch(x -> x.value() == 40000));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Officials put the number at 300 on Monday.",
      "Only two committed to the timeline.",
      "The team won 2-1 after a 6-4, 7-6 (5) tiebreak.",
      "Rates rose to 14.",
      "Call 555-0148 or (570) 555-0102.",
      "Flight 370 vanished.",
      "Trade between two neighbours grew.",
      "Output shrank in the last three months of 2024.",
      "Parise, 35, scored.",
      "It was a two-on-one rush.",
      "They fled one after the other.",
      "The 787-9 landed.",
      "Today: Partly cloudy, high 47"})
  void aBareNumberIsNoClaim(String sentence) {
    assertTrue(find(sentence).isEmpty(), () -> "no claim expected in '" + sentence + "', got " + find(sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The death toll was 45.|45",
      "The answer is minus five point five|-5.5",
      "1,674,200|1674200",
      "three fifths|0.6"})
  void aNumberStatedAsAValueIsAClaimWithoutUnit(String sentence, double value) {
    Quantity q = only(sentence);
    assertEquals(value, q.value(), 1e-9);
    assertEquals(null, q.unit());
  }

  @Test
  void aStatedAgeIsAClaimAnAgeInAppositionIsNot() {
    assertEquals("years", only("The bridge is 500 years old.").unit());
    assertEquals(List.of(12.0), find("Smith, 35, bought 12 horses.").stream().map(Quantity::value).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Between 40 and 60 people attended.|40|60|people",
      "It has a 30-60 per cent chance of spreading.|30|60|percent",
      "Symptoms follow an incubation of one-to-seven days.|1|7|days",
      "Talks could take 24 to 36 hours.|24|36|hours",
      "It faced a 0.6% to 0.7% headwind.|0.6|0.7|percent",
      "Damage is put at between $3.5 million and $4 million.|3500000|4000000|dollars",
      "Fares of 10–15 euros apply.|10|15|euros"})
  void aRangeGivesItsEndsAsAtLeastAndAtMost(String sentence, double low, double high, String unit) {
    List<Quantity> q = find(sentence);
    assertEquals(2, q.size(), () -> "two claims expected in '" + sentence + "', got " + q);
    assertEquals(low, q.get(0).value(), 1e-9);
    assertEquals(high, q.get(1).value(), 1e-9);
    assertEquals(List.of(unit, unit), List.of(q.get(0).unit(), q.get(1).unit()));
    assertEquals(List.of(Qualifier.AT_LEAST, Qualifier.AT_MOST), List.of(q.get(0).qualifier(), q.get(1).qualifier()));
  }

  @Test
  void aChangeIsNoRange() {
    List<Quantity> q = find("Shares rose 5% to 60% and rates went from 5 to 7 percent.");
    assertEquals(List.of(5.0, 60.0, 5.0, 7.0), q.stream().map(Quantity::value).toList());
    assertTrue(q.stream().allMatch(x -> x.qualifier() == Qualifier.EXACT && x.unit().equals("percent")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "He was jailed for six months.|6|months",
      "She spent the last three months in hospital.|3|months",
      "The girl, aged six months, recovered.|6|months",
      "The tower is one year old.|1|years",
      "They paid 420 million finnish markka.|420000000|markka",
      "It costs 100 chinese yuan.|100|yuan",
      "The bridge takes a year and a half to build.|1.5|years",
      "The broadcasts ran for over a half century.|50|years",
      "The Fed cut rates by 0.25 percentage points.|0.25|percentage points",
      "The project is worth about $111m.|111000000|dollars",
      "Gusts reached 55 mph.|55|miles per hour"})
  void timeSpansAndMeasuresKeepTheirUnit(String sentence, double value, String unit) {
    Quantity q = only(sentence);
    assertEquals(value, q.value(), Math.abs(value) * 1e-9);
    assertEquals(unit, q.unit());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Winds blew at 40 knots, gusting at times to 55 mph.|55|UP_TO",
      "Gusts of up to 55 mph hit the coast.|55|UP_TO",
      "Growth was closer to 5%.|5|APPROX"})
  void readsGustsAndNearness(String sentence, double value, Qualifier qualifier) {
    Quantity q = find(sentence).stream().filter(x -> x.value() == value).findFirst().orElseThrow();
    assertEquals(qualifier, q.qualifier());
  }

  @Test
  void anElidedCountTakesTheUnitBefore() {
    List<Quantity> q = find("About 13,221 citizens entered in 2024, up from 1,117 the year before, and about 3,000 more left.");
    assertEquals(List.of("citizens", "citizens", "citizens"), q.stream().map(Quantity::unit).toList());
  }

  @Test
  void theWrittenUnitStartsWhatIsCounted() {
    assertTrue(only("The span is 850 metres long.").about().startsWith("metres"));
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
    String ranges = "between 1 and 2 people, 3-4 km, 5 to 6 hours or 7-8-9-10 - ".repeat(2_000);
    long started = System.nanoTime();
    assertTrue(find(ranges).size() <= 20_000);
    String flattened = "Team 12 34 0.5 W 3-2 L 1-4 5,000 fans 6% ".repeat(300); // a 3,000-token 'sentence'
    assertTrue(find(flattened).stream().allMatch(q -> q.unit() != null));
    assertTrue(System.nanoTime() - started < 5_000_000_000L, "bounded work");
  }
}
