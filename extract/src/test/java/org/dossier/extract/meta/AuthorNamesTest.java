package org.dossier.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {
  @Test
  void datesAndAgesGluedToTheNameGo() {
    assertEquals(List.of("Tomas Berg"), AuthorNames.of("Tomas Berg - Apr 16", null));
    assertEquals(List.of("Ines Calder"), AuthorNames.of("Ines Calder • 8h", null));
    assertEquals(List.of("Ines Calder"), AuthorNames.of("By Ines Calder, March 12, 2025 6:30 PM", null));
    assertEquals(List.of("Ines Calder"), AuthorNames.of("Ines Calder 3 hours ago", null));
  }

  @Test
  void byListsRolesAndPromptsGo() {
    assertEquals(List.of("Tomas Berg", "Ines Calder"), AuthorNames.of("By TOMAS BERG and INES CALDER", null));
    assertEquals(List.of("Tomas Berg", "Ines Calder"), AuthorNames.of("Tomas Berg & Ines Calder", null));
    assertEquals(List.of("Mara Quinlan"), AuthorNames.of("Mara Quinlan, Senior Correspondent", null));
    assertEquals(List.of("Mara Quinlan"), AuthorNames.of("Mara Quinlan Follow", null));
    assertEquals(List.of("Mara Quinlan"), AuthorNames.of("Edited by Mara Quinlan\nReporting from Oslo", null));
    assertEquals(List.of("Ana de Souza"), AuthorNames.of("Por ANA DE SOUZA", null));
    assertEquals(List.of("Seán O'Neil-Park"), AuthorNames.of("by SEÁN O'NEIL-PARK", null));
  }

  @Test
  void agenciesOutletsDesksAndDecoysAreNoPersons() {
    assertEquals(List.of(), AuthorNames.of("Associated Press", null));
    assertEquals(List.of(), AuthorNames.of("By Reuters", null));
    assertEquals(List.of(), AuthorNames.of("FAIL", null));
    assertEquals(List.of(), AuthorNames.of("Gazette Staff", null));
    assertEquals(List.of(), AuthorNames.of("The Metro Desk", null));
    assertEquals(List.of(), AuthorNames.of("by Harbour Gazette Weekly", "Harbour Gazette"));
    assertEquals(List.of(), AuthorNames.of("https://example.org/authors/jane", null));
    assertEquals(List.of(), AuthorNames.of("@janeroe", null));
    assertEquals(List.of("Ines Calder"), AuthorNames.of("Ines Calder | Reuters", null));
  }

  @Test
  void longOrHostileInputIsBounded() {
    assertTrue(AuthorNames.of("Name ".repeat(5000), null).isEmpty());
    assertTrue(AuthorNames.of("A, ".repeat(90), null).isEmpty());
    assertTrue(AuthorNames.of("", null).isEmpty());
    assertTrue(AuthorNames.of(null, null).isEmpty());
  }
}
