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

class RuleClaimAnnotatorTest {
  @Test
  void numberInAReportedStatementIsItsSpeakersClaimRelayedByTheOutlet() {
    String text = "The port handled 4,000 ships last year. Exports fell by about 12 percent, the Ministry of Ports "
        + "said, according to Agence Nord.";
    Article article = Fixtures.article(text, "The Courier");
    List<Annotation> soFar = new ArrayList<>(Fixtures.mentions(text,
        "Ministry of Ports=Ministry of Ports:ORGANIZATION", "Agence Nord=Agence Nord:ORGANIZATION"));
    soFar.addAll(new RuleQuoteAnnotator().quotes(article, Mentions.of(soFar)));
    List<Claim> claims = new RuleClaimAnnotator().claims(article, soFar);
    assertEquals(2, claims.size());
    assertEquals("The Courier", claims.get(0).source());
    assertEquals(List.of(), claims.get(0).via());
    Claim pct = claims.get(1);
    assertEquals(12, pct.value());
    assertEquals("percent", pct.unit());
    assertEquals("Ministry of Ports", pct.source());
    assertEquals(List.of("Agence Nord", "The Courier"), pct.via());
  }

  @Test
  void numberInsideANameIsNoClaim() {
    String text = "Researchers at Group 7 counted 40 drones.";
    Article article = Fixtures.article(text, null);
    List<Annotation> soFar = new ArrayList<>(Fixtures.mentions(text, "Group 7=Group 7:ORGANIZATION"));
    List<Claim> claims = new RuleClaimAnnotator().claims(article, soFar);
    assertEquals(1, claims.size());
    assertEquals(40, claims.get(0).value());
  }
}
