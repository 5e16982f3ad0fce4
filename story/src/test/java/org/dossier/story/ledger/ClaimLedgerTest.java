package org.dossier.story.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.core.model.Claim;
import org.dossier.core.model.PartialDate;
import org.dossier.core.model.Qualifier;
import org.dossier.core.model.Span;
import org.junit.jupiter.api.Test;

class ClaimLedgerTest {
  private static int n;

  private static ClaimPoint point(double value, String unit, Qualifier q, String subject, String source, String when) {
    Claim c = new Claim(new Span(0, 1), value, unit, q, unit + " counted", subject, when, source, List.of());
    n++;
    return new ClaimPoint("c" + n, "a" + n, "t", "outlet", c, PartialDate.parse(when));
  }

  @Test
  void oneSeriesPerSubjectAndUnitOrderedInTime() {
    List<ClaimSeries> series = ClaimLedger.series(List.of(
        point(12000, "troops", Qualifier.UP_TO, "Ruritania", "Agency A", "2024-12"),
        point(3000, "Troops", Qualifier.EXACT, "Ruritania", "Agency B", "2025-03"),
        point(10000, "troop", Qualifier.APPROX, "Ruritania", "Agency C", "2024-10"),
        point(40, "hectares", Qualifier.EXACT, "Ruritania", "Agency C", "2024-10"),
        point(7, "", Qualifier.EXACT, null, null, "2024-10")));
    assertEquals(2, series.size());
    ClaimSeries troops = series.get(0);
    assertEquals(List.of(10000.0, 12000.0, 3000.0), troops.points().stream().map(p -> p.claim().value()).toList());
    assertEquals(ClaimLedger.series(List.of(troops.points().get(0))).get(0).id(), troops.id(), "id from the measure");
  }

  @Test
  void flagsDifferentSourcesThatDisagreeAtTheSameTime() {
    ClaimSeries s = ClaimLedger.series(List.of(
        point(600, "deaths", Qualifier.EXACT, "X", "Spy agency", "2025-04-30"),
        point(4700, "deaths", Qualifier.EXACT, "X", "Lawmaker", "2025-04-02"))).get(0);
    assertTrue(s.disputed());
  }

  @Test
  void boundsAndCloseFiguresAreNotConflicts() {
    assertFalse(ClaimLedger.series(List.of(
        point(11000, "troops", Qualifier.MORE_THAN, "X", "A", "2024"),
        point(12000, "troops", Qualifier.APPROX, "X", "B", "2024-11"))).get(0).disputed());
    assertFalse(ClaimLedger.series(List.of(
        point(100, "missiles", Qualifier.EXACT, "X", "A", "2025-01"),
        point(105, "missiles", Qualifier.EXACT, "X", "B", "2025-01"))).get(0).disputed());
    assertFalse(ClaimLedger.series(List.of(
        point(100, "missiles", Qualifier.EXACT, "X", "A", "2025-01"),
        point(300, "missiles", Qualifier.EXACT, "X", "A", "2025-01"))).get(0).disputed(), "same source");
    assertFalse(ClaimLedger.series(List.of(
        point(100, "missiles", Qualifier.EXACT, "X", "A", "2024-01"),
        point(300, "missiles", Qualifier.EXACT, "X", "B", "2025-01"))).get(0).disputed(), "different times");
  }
}
