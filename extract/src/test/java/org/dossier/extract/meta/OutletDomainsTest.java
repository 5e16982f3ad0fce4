package org.dossier.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutletDomainsTest {
  private final OutletDomains domains = OutletDomains.standard();

  @Test
  void subdomainsAndCountryDomainsResolve() {
    assertEquals("BBC News", domains.site("https://www.bbc.co.uk/news/world-1").outlet());
    assertEquals("Associated Press", domains.site("https://hosted.ap.org/partner/article/1").outlet());
    assertEquals("The Times of India", domains.site("https://timesofindia.indiatimes.com/x").outlet());
    assertEquals("The Economic Times", domains.site("https://economictimes.indiatimes.com/x").outlet());
  }

  @Test
  void aggregatorsAreMarkedAndUnknownsAreNull() {
    assertTrue(domains.site("https://www.msn.com/en-us/news/x").aggregator());
    assertNull(domains.site("https://harbourgazette.example/a/1"));
    assertNull(domains.site("not a url"));
    assertNull(domains.site(null));
    assertEquals("ap.org", OutletDomains.host("https://WWW.AP.ORG/x"));
  }
}
