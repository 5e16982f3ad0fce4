package org.dossier.annotate.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.quotes.Fixtures;
import org.dossier.annotate.quotes.Mentions;
import org.dossier.annotate.quotes.RuleQuoteAnnotator;
import org.dossier.core.model.Annotation;
import org.dossier.core.model.Article;
import org.dossier.core.model.Claim;
import org.junit.jupiter.api.Test;

/** The source of a claim is the attribution governing its number's clause, else the outlet's own voice. */
class ClaimSourceTest {
  private static final String[] NAMES = {"Orland Mills=Orland Mills:ORGANIZATION", "Kestrel Data=Kestrel Data:ORGANIZATION",
      "Ruth Adair=Ruth Adair:PERSON"};

  private static List<Claim> claims(String text) {
    Article article = Fixtures.article(text, "The Courier");
    List<Annotation> soFar = new ArrayList<>(Fixtures.mentions(text, NAMES));
    soFar.addAll(new RuleQuoteAnnotator().quotes(article, Mentions.of(soFar)));
    return new RuleClaimAnnotator().claims(article, soFar);
  }

  private static Claim of(List<Claim> claims, double value) {
    return claims.stream().filter(c -> c.value() == value).findFirst()
        .orElseThrow(() -> new AssertionError("no claim of " + value + " in " + claims));
  }

  @Test
  void aCompanyReportingANumberIsItsSource() {
    List<Claim> c = claims("Orland Mills reported $4.2 million in quarterly profit on Tuesday.");
    assertEquals("Orland Mills", of(c, 4_200_000).source());
    assertEquals(List.of("The Courier"), of(c, 4_200_000).via());
  }

  @Test
  void aForecastIsItsMakersClaim() {
    List<Claim> c = claims("Sales fell last year. Kestrel Data expects 12 million units to be sold this year.");
    assertEquals("Kestrel Data", of(c, 12_000_000).source());
  }

  @Test
  void accordingToOnTheVerbAboveTheNumberNamesTheSource() {
    List<Claim> c = claims("According to Kestrel Data, the mills employed 3,400 people in 2020.");
    assertEquals("Kestrel Data", of(c, 3400).source());
  }

  @Test
  void aNumberNoAttributionGovernsIsTheOutletsOwn() {
    List<Claim> c = claims("Ruth Adair founded Orland Mills. The mills employ 900 people.");
    assertEquals("The Courier", of(c, 900).source(), "naming someone earlier is no attribution");
  }

  @Test
  void theSubjectOfAnotherVerbIsNoSource() {
    List<Claim> c = claims("Orland Mills hired 250 workers in May.");
    assertEquals("The Courier", of(c, 250).source(), "hiring is no attribution");
  }
}
