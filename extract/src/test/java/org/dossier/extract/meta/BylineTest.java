package org.dossier.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineTest {
  private final Outlets outlets = Outlets.standard();

  @Test
  void inlineBylineWithTwoAuthorsAndTimestamp() {
    Byline b = Byline.parse("by Ana Ruiz and The Daily Post news desk March 2, 2024 8:05 AM 3 min read");
    assertEquals(List.of("Ana Ruiz", "The Daily Post news desk"), b.authors());
    assertEquals("2024-03-02T08:05", b.published().iso());
    assertTrue(!b.box());
  }

  @Test
  void authorBoxes() {
    Byline one = Byline.parse("Author: Pieter de Vries");
    assertEquals(List.of("Pieter de Vries"), one.authors());
    assertTrue(one.box());
    assertEquals(List.of("Lena Park", "Omar Haddad"), Byline.parse("Authors: Lena Park, Omar Haddad").authors());
  }

  @Test
  void outletInBylineIsTheOutletNotAnAuthor() {
    Byline b = Byline.parse("By Jane Roe and Reuters");
    assertEquals(List.of("Jane Roe"), b.authors());
    assertEquals("Reuters", b.outlet());
    assertEquals("The Kyiv Independent", Byline.parse("By the Kyiv Independent news desk").outlet());
  }

  @Test
  void proseStartingWithByIsNotAByline() {
    assertNull(Byline.parse("By Monday, troops had withdrawn from the border town."));
    assertNull(Byline.parse("by the end of the year"));
    assertNull(Byline.parse("By Tuesday evening"));
    assertNull(Byline.parse("By May 4, 2025 the talks had collapsed and both sides left."));
  }

  @Test
  void sourceNameJoinedToAuthor() {
    Byline known = Byline.sourceAndName("The Kyiv IndependentOlga Petrenko", outlets);
    assertEquals("The Kyiv Independent", known.outlet());
    assertEquals(List.of("Olga Petrenko"), known.authors());
    Byline unknown = Byline.sourceAndName("The Harbour GazetteTom Ellis", outlets);
    assertEquals("The Harbour Gazette", unknown.outlet());
    assertEquals(List.of("Tom Ellis"), unknown.authors());
    assertEquals("Reuters", Byline.sourceAndName("Tom Ellis | Reuters", outlets).outlet());
    assertNull(Byline.sourceAndName("Senator John McCain", outlets));
  }
}
