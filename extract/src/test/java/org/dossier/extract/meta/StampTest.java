package org.dossier.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.core.model.PartialDate;
import org.junit.jupiter.api.Test;

class StampTest {
  private final Outlets outlets = Outlets.standard();

  @Test
  void agencyStampGluedToANumericDate() {
    Stamp s = Stamp.parse("AFP12-03-2024", outlets);
    assertEquals("Agence France-Presse", s.source());
    assertEquals("2024-03-12", s.date().iso());
    assertEquals("2024-12-03", s.otherDate().iso());
  }

  @Test
  void clockOnlyAndLiveBlogStamps() {
    assertTrue(Stamp.parse("9:51 PM", outlets).clockOnly());
    assertTrue(Stamp.parse("16:42", outlets).clockOnly());
    Stamp live = Stamp.parse("06:22 (IST) Jun 13", outlets);
    assertTrue(live.clockOnly());
    assertEquals("2025-06-13T06:22", live.resolve(PartialDate.parse("2025-06-20")).iso());
    assertNull(live.resolve(null));
  }

  @Test
  void relativeStampsWithIconTextOrSource() {
    assertNotNull(Stamp.parse("time11 minutes ago", outlets).relative());
    Stamp sourced = Stamp.parse("Pacific Herald · 5 hours ago", outlets);
    assertEquals("Pacific Herald", sourced.source());
    assertNull(sourced.resolve(null));
    assertNotNull(Stamp.parse("yesterday", outlets));
  }

  @Test
  void datedStampsWithUpdateNotes() {
    assertEquals("2024-03-03T18:12",
        Stamp.parse("March 3, 2024 6:12 PM GMT+3 Updated 2 hours ago", outlets).date().iso());
    assertEquals("2023-08-12", Stamp.parse("Published 12 August 2023", outlets).date().iso());
  }

  @Test
  void sectionLabelBeforeADatedTimeIsAStamp() {
    assertEquals("2024-06-19T21:48", Stamp.parse("All News 21:48 June 19, 2024", outlets).date().iso());
    assertEquals("2025-09-02", Stamp.parse("Dienstag, 02. September 2025", outlets).date().iso());
    assertEquals("2025-03-13", Stamp.parse("Donnerstag, 13. März 2025", outlets).date().iso());
    assertNull(Stamp.parse("Ferry fares rose 21:48 June 19, 2024", outlets)); // lower-case words: prose
    assertNull(Stamp.parse("All News June 19, 2024", outlets)); // no time: a label and a date are no stamp line
  }

  @Test
  void proseIsNoStamp() {
    assertNull(Stamp.parse("Talks resumed on June 4, 2025 in Geneva", outlets));
    assertNull(Stamp.parse("He left 3 hours ago for the capital", outlets));
    assertNull(Stamp.parse("Most popular", outlets));
  }
}
