package org.dossier.annotate.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dossier.core.model.EntityKind;
import org.dossier.core.model.Span;
import org.junit.jupiter.api.Test;

/** One sense per article: a name found once marks its other standings, in time linear in the text. */
class CandidatePropagationTest {
  private static Candidate at(String text, String name, int from) {
    int i = text.indexOf(name, from);
    return new Candidate(new Span(i, i + name.length()), name, EntityKind.ORGANIZATION, Candidate.Source.NER, null, null);
  }

  private static List<String> found(String text, List<Candidate> out) {
    return out.stream().map(c -> c.span().begin() + ":" + c.text()).toList();
  }

  @Test
  void aNameMarksItsOtherWholeWordStandingsOnly() {
    String text = "Halvard Mills hired staff. Later Halvard Mills closed; Halvard Millsworth and pre-Halvard Mills did not.";
    List<Candidate> out = CandidateFinder.propagate(text, List.of(at(text, "Halvard Mills", 0)));
    assertEquals(List.of("0:Halvard Mills", "33:Halvard Mills"), found(text, out));
  }

  @Test
  void theNameFoundFirstTakesAContestedPlace() {
    String text = "New Alden grew. Alden Port grew. Then New Alden Port opened.";
    List<Candidate> out = CandidateFinder.propagate(text, List.of(at(text, "New Alden", 0), at(text, "Alden Port", 0)));
    assertEquals(List.of("0:New Alden", "16:Alden Port", "38:New Alden"), found(text, out));
  }

  @Test
  void lowerCaseWordsAndRolesAreNotSpread() {
    String text = "the council met. the council voted.";
    Candidate lower = at(text, "the council", 0);
    assertEquals(1, CandidateFinder.propagate(text, List.of(lower)).size());
  }

  /** 20,000 names over 2 MB: a rescan per name (the old way) takes minutes; one pass takes well under a second. */
  @Test
  void manyNamesInALongTextStayFast() {
    StringBuilder b = new StringBuilder();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) names.add("Velkor" + Integer.toString(i, 26).toUpperCase() + " Andu");
    for (int round = 0; round < 4; round++) {
      for (String n : names) b.append(n).append(" spoke briefly. ");
    }
    String text = b.toString();
    List<Candidate> kept = new ArrayList<>();
    for (String n : names) kept.add(at(text, n, 0));
    long started = System.nanoTime();
    List<Candidate> out = CandidateFinder.propagate(text, kept);
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(4 * names.size(), out.size());
    assertTrue(millis < 10_000, "took " + millis + " ms");
  }
}
