package org.dossier.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  @ParameterizedTest
  @CsvSource({
      "2025, 2025, YEAR",
      "2025-06, 2025-06, MONTH",
      "2025-06-04, 2025-06-04, DAY",
      "2025-05-04T07:35, 2025-05-04T07:35, MINUTE",
      "2025-05-04T07:35:12.5Z, 2025-05-04T07:35, MINUTE",
      "2024-02-29 23:59, 2024-02-29T23:59, MINUTE"})
  void parsesAndPrintsAtItsPrecision(String in, String iso, PartialDate.Precision precision) {
    PartialDate d = PartialDate.parse(in);
    assertEquals(iso, d.iso());
    assertEquals(precision, d.precision());
    assertEquals(d, PartialDate.parse(d.iso()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "June 4", "2025-13", "2023-02-29", "2025-06-04T25:00", "0000"})
  void rejectsWhatIsNotADate(String in) {
    assertNull(PartialDate.parse(in));
  }

  @Test
  void ordersCoarserFirstOnATie() {
    assertTrue(PartialDate.parse("2025-06").compareTo(PartialDate.parse("2025-06-01")) < 0);
    assertTrue(PartialDate.parse("2024-12-31").compareTo(PartialDate.parse("2025")) < 0);
  }

  @Test
  void onlyADayOrBetterHasALocalDate() {
    assertNull(PartialDate.ofMonth(2025, 6).toLocalDate());
    assertEquals(java.time.LocalDate.of(2025, 6, 4), PartialDate.parse("2025-06-04T10:00").toLocalDate());
    assertThrows(IllegalArgumentException.class, () -> PartialDate.ofMonth(2025, 0));
  }
}
