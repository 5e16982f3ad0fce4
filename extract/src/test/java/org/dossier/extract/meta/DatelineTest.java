package org.dossier.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatelineTest {
  private final Outlets outlets = Outlets.standard();

  @Test
  void wireDatelineGivesDayAndAgency() {
    Dateline d = Dateline.parse("June 4 (UPI) -- Officials met on Wednesday.", outlets);
    assertEquals("United Press International", d.agency());
    assertEquals(6, d.day().month());
    assertEquals(4, d.day().day());
    Dateline p = Dateline.parse("SEOUL, June 5 (Yonhap) -- The ministry said.", outlets);
    assertEquals("SEOUL", p.place());
    assertEquals("Yonhap", p.agency());
  }

  @Test
  void placeOnlyDatelines() {
    assertEquals("Seoul", Dateline.parse("Seoul: A destroyer was relaunched.", outlets).place());
    Dateline caps = Dateline.parse("NAIROBI -- Rains continued.", outlets);
    assertEquals("NAIROBI", caps.place());
    assertNull(caps.agency());
  }

  @Test
  void labelsAndProseAreNoDatelines() {
    assertNull(Dateline.parse("Media: Putin preparing a visit.", outlets));
    assertNull(Dateline.parse("Update: the road has reopened.", outlets));
    assertNull(Dateline.parse("North Korea said on Friday that it would respond.", outlets));
  }
}
