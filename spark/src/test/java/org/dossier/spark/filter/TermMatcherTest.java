package org.dossier.spark.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermMatcherTest {
  private static TermMatcher matcher(String... lines) {
    return new TermMatcher(Watchlist.parse(List.of(lines), "test"));
  }

  @Test
  void matchesWholeWordsIgnoringCaseAndPunctuation() {
    TermMatcher m = matcher("Kim Jong Un | Pyongyang");
    assertTrue(m.matches("Talks with KIM JONG-UN ended."));
    assertTrue(m.matches(null, "Flights to pyongyang's airport resumed."));
    assertFalse(m.matches("Kim Jong met Un Lee."), "words of a name must be adjacent");
    assertFalse(m.matches("Pyongyangers is not a word here"), "no match inside a longer word");
  }

  @Test
  void requireCountsDistinctEntriesNotRepeatedNames() {
    TermMatcher m = matcher("require 2", "Ruritania | Ruritanian", "Freedonia");
    assertFalse(m.matches("Ruritania and the Ruritanian army"));
    assertTrue(m.matches("Ruritanian troops", "crossed into Freedonia"));
  }

  @Test
  void malformedWatchlistsNameTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Watchlist.parse(List.of("# c", "require two", "A"), "list.txt"));
    assertTrue(e.getMessage().startsWith("list.txt:2:"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Watchlist.parse(List.of("require 3", "A", "B"), "x"));
    assertThrows(IllegalArgumentException.class, () -> Watchlist.parse(List.of("# only a comment"), "x"));
  }

  @Test
  void entriesKeepTheirNamesInOrder() {
    Watchlist w = Watchlist.parse(List.of(" A | a1 |  ", "B"), "x");
    assertEquals(List.of(List.of("A", "a1"), List.of("B")), w.entries());
    assertEquals(1, w.require());
  }
}
