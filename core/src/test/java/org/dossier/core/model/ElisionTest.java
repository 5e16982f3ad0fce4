package org.dossier.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ElisionTest {
  @Test
  void aShortValueIsItselfALongOneKeepsItsEndsAndSaysHowMuchWasLeftOut() {
    assertEquals("w1 w2", Elision.of("w1 w2", 80));
    String query = "alpha " + "x ".repeat(5000) + "omega";
    String cut = Elision.of(query, 80);
    assertTrue(cut.length() <= 110, cut);
    assertTrue(cut.startsWith("alpha ") && cut.endsWith("omega"), cut);
    assertTrue(cut.contains("characters left out"), cut);
  }

  @Test
  void aSurrogatePairIsNeverSplit() {
    String s = "😀".repeat(500);
    String cut = Elision.of(s, 60);
    assertTrue(cut.codePoints().noneMatch(c -> Character.isSurrogate((char) c)), cut);
  }
}
