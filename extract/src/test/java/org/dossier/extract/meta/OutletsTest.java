package org.dossier.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutletsTest {
  private final Outlets outlets = Outlets.standard();

  @Test
  void canonicalNamesFromAliasesCaseAndTypos() {
    assertEquals("The New York Times", outlets.canonical("New York Times"));
    assertEquals("The New York Times", outlets.canonical("  • new york times"));
    assertEquals("United Press International", outlets.canonical("UPI"));
    assertEquals("The Washington Post", outlets.canonical("Washngton Post"));
    assertNull(outlets.canonical("Reuter"), "short names must match exactly");
    assertNull(outlets.canonical("Ministry of Defence"));
  }

  @Test
  void prefixNeedsABoundaryOrAGluedCapital() {
    assertEquals("Reuters", outlets.prefix("ReutersJane Roe").outlet());
    assertEquals(7, outlets.prefix("Reuters | Jane Roe").end());
    assertNull(outlets.prefix("Reutersfoo bar"));
  }

  @Test
  void mentionsOnlyDistinctiveSpellings() {
    assertEquals(List.of("The Kyiv Independent"), outlets.mentions("Read The Kyiv Independent's new magazine"));
    assertTrue(outlets.mentions("Mint leaves and time").isEmpty());
    assertTrue(outlets.isAgency("Reuters"));
  }
}
