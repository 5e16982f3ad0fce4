package org.dossier.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.temporal.ChronoUnit;
import org.dossier.core.model.PartialDate;
import org.junit.jupiter.api.Test;

class RelativeStampTest {
  @Test
  void readsAmountsUnitsAndIconPrefixes() {
    RelativeStamp a = RelativeStamp.find("31 minutes ago");
    assertEquals(31, a.amount());
    assertEquals(ChronoUnit.MINUTES, a.unit());
    RelativeStamp b = RelativeStamp.find("timean hour ago");
    assertEquals(1, b.amount());
    assertEquals(ChronoUnit.HOURS, b.unit());
    assertEquals(ChronoUnit.MONTHS, RelativeStamp.find("3 mo ago").unit());
    assertEquals(ChronoUnit.DAYS, RelativeStamp.find("2d ago").unit());
    assertNull(RelativeStamp.find("an hour later"));
  }

  @Test
  void unresolvedWithoutAKnownTime() {
    assertNull(RelativeStamp.find("2 hours ago").resolve(null));
    assertNull(RelativeStamp.find("2 hours ago").resolve(PartialDate.ofMonth(2025, 6)));
  }

  @Test
  void resolvedAgainstPageDateOrFetchTime() {
    PartialDate day = PartialDate.parse("2025-06-13");
    PartialDate fetched = PartialDate.parse("2025-06-13T10:15");
    assertEquals("2025-06-13", RelativeStamp.find("31 minutes ago").resolve(day).iso());
    assertEquals("2025-06-13T09:44", RelativeStamp.find("31 minutes ago").resolve(fetched).iso());
    assertEquals("2025-06-11", RelativeStamp.find("2 days ago").resolve(day).iso());
    assertEquals("2025-06-12", RelativeStamp.findDayWord("yesterday").resolve(day).iso());
    assertEquals("2025-05", RelativeStamp.find("1 month ago").resolve(day).iso());
  }
}
